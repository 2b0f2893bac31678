// WebKit for the browser tests: Debian's WebKitGTK MiniBrowser, driven by WebKitWebDriver (apt packages
// webkit2gtk-driver and xvfb). The launcher starts the drivers, and virtual X displays when there is none, only when the
// runner initialises it, and stops them when the run ends.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

const driverPath = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const miniBrowserPath = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

/**
 * How long one WebDriver command may take. webdriverio waits two minutes, then fails with UND_ERR_HEADERS_TIMEOUT, which
 * it does not retry; the launcher tries such a command once more. A page that cannot be opened twice starts its lane
 * afresh and is opened once more; any other command that fails twice fails its test file.
 */
const commandTimeout = 45_000;

/** Errors of a driver that did not answer in time or dropped the connection: worth one more try. */
const driverCodes = new Set(['UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT', 'UND_ERR_SOCKET', 'ETIMEDOUT', 'ECONNRESET']);
const isDriverTimeout = (error) =>
  driverCodes.has(error?.code) ||
  driverCodes.has(error?.cause?.code) ||
  error?.name === 'TimeoutError' ||
  // Starting a session wraps the driver's error in a plain one, keeping only its message.
  /Request timed out|Request failed with error code (UND_ERR_\w+|ETIMEDOUT|ECONNRESET)/.test(String(error?.message));

/** `command()`, tried a second time if the driver timed out on the first. */
async function retriedOnce(what, command) {
  try {
    return await command();
  } catch (error) {
    if (!isDriverTimeout(error)) throw error;
    console.warn(`WebKitWebDriver did not answer ${what} (${error.code ?? error.cause?.code ?? error.message}); trying again.`);
    return command();
  }
}

/**
 * One MiniBrowser with its own driver (and its own virtual display, when there is no display), running test pages one
 * at a time: with more, the launcher loads them in iframes, which WebKitWebDriver cannot address; and one driver holds
 * one session. Every WebDriver command is awaited and tried twice at most if the driver times out: the base launcher
 * starts a page without awaiting its navigation, so a driver time-out there was an unhandled rejection, which stopped
 * the whole run.
 */
class WebKitLane extends WebdriverLauncher {
  concurrency = 1;
  /** The id of the test page this lane is running, if any. */
  runs;
  #options;
  #processes = [];
  #profile;
  /** What `initialize` was given, to start the lane afresh. */
  #setup;

  constructor(options) {
    super(options);
    this.#options = options;
  }

  async initialize(config, testFiles) {
    this.#setup = [config, testFiles];
    for (const [path, aptPackage] of [[driverPath, 'webkit2gtk-driver'], [miniBrowserPath, 'webkit2gtk-driver']]) {
      if (!existsSync(path)) throw new Error(`WebKit tests need ${path}: install the Debian package ${aptPackage}.`);
    }
    // The browser's caches and data go to a folder of the run, not the home folder.
    this.#profile = mkdtempSync(join(tmpdir(), 'webkit-tests-'));
    const env = {
      ...process.env,
      XDG_CACHE_HOME: this.#profile,
      XDG_DATA_HOME: this.#profile,
      XDG_CONFIG_HOME: this.#profile,
    };
    try {
      // MiniBrowser has no headless mode: it needs an X display.
      if (!env.DISPLAY) {
        env.DISPLAY = await this.#startVirtualDisplay();
        // A virtual display has no GPU: composited layers would be drawn by a software OpenGL, a third of WebKit's time
        // in the axe-heavy files. Layout, which the tests check, is the same either way (screenshots are Chromium's).
        env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';
      }
      const port = await freePort();
      const driver = this.#track(spawn(driverPath, [`--port=${port}`, '--host=127.0.0.1'], { env, stdio: ['ignore', 'ignore', 'pipe'] }));
      await waitForPort(port, driver, 'WebKitWebDriver');
      this.#options.port = port;
    } catch (error) {
      this.#stopProcesses();
      throw error;
    }
    // Should the run end without stopping its browsers, the driver and display still go.
    process.once('exit', () => this.#stopProcesses());
    await super.initialize({ ...config, concurrency: 1 }, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#stopProcesses();
  }

  async startSession(id, url) {
    try {
      await this.#open(id, url);
    } catch (error) {
      if (!isDriverTimeout(error)) throw error;
      // A driver that did not answer twice is stuck: the lane starts afresh (display, driver, browser), once. Its
      // processes go first, so that closing the stuck session fails at once instead of waiting out the time-out.
      console.warn(`WebKitWebDriver did not answer opening ${url} twice; starting it afresh.`);
      this.#stopProcesses();
      await super.stop();
      await this.initialize(...this.#setup);
      await this.#open(id, url);
    }
  }

  async #open(id, url) {
    await retriedOnce('starting the session', () => this.ensureManagerInitialized());
    await retriedOnce(`opening ${url}`, () => this.driverManager.startSession(id, url));
  }

  stopSession(id) {
    return retriedOnce('collecting the results', () => super.stopSession(id));
  }

  sendKeys(id, keys) {
    return retriedOnce('sending keys', () => super.sendKeys(id, keys));
  }

  sendMouseMove(id, x, y) {
    return retriedOnce('moving the mouse', () => super.sendMouseMove(id, x, y));
  }

  sendMouseClick(id, x, y, button) {
    return retriedOnce('clicking', () => super.sendMouseClick(id, x, y, button));
  }

  sendMouseDown(id, button) {
    return retriedOnce('pressing a mouse button', () => super.sendMouseDown(id, button));
  }

  sendMouseUp(id, button) {
    return retriedOnce('releasing a mouse button', () => super.sendMouseUp(id, button));
  }

  resetMouse(id) {
    return retriedOnce('resetting the mouse', () => super.resetMouse(id));
  }

  takeScreenshot(id, locator) {
    return retriedOnce('taking a screenshot', () => super.takeScreenshot(id, locator));
  }

  /** Starts Xvfb, which writes the number of the display it chose to file descriptor 3. */
  async #startVirtualDisplay() {
    const xvfb = this.#track(
      spawn('Xvfb', ['-displayfd', '3', '-nolisten', 'tcp', '-screen', '0', '1280x1024x24'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] }),
    );
    return new Promise((resolve, reject) => {
      let output = '';
      xvfb.stdio[3].on('data', (chunk) => {
        output += chunk;
        if (output.includes('\n')) resolve(`:${output.trim()}`);
      });
      xvfb.on('error', (error) =>
        reject(new Error(error.code === 'ENOENT' ? 'WebKit tests need Xvfb when DISPLAY is unset: install the Debian package xvfb.' : error.message)),
      );
      xvfb.on('exit', (code) => reject(new Error(`Xvfb exited (${code}) before opening a display: ${stderrOf(xvfb)}`)));
    });
  }

  #track(child) {
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
    child.stderrText = () => stderr.trim();
    this.#processes.push(child);
    return child;
  }

  #stopProcesses() {
    // The driver first: it closes its browsers before the display goes away.
    for (const child of this.#processes.reverse()) if (child.exitCode === null && child.signalCode === null) child.kill();
    this.#processes = [];
    if (this.#profile) rmSync(this.#profile, { recursive: true, force: true });
    this.#profile = undefined;
  }
}

const stderrOf = (child) => child.stderrText?.() ?? '';

/** A port that is free on the loopback interface now. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Resolves once `port` accepts connections; rejects if `child` exits or ten seconds pass first. */
function waitForPort(port, child, name) {
  return new Promise((resolve, reject) => {
    const deadline = Date.now() + 10_000;
    child.on('error', (error) => reject(new Error(`${name} could not start: ${error.message}`)));
    child.on('exit', (code) => reject(new Error(`${name} exited (${code}) before listening: ${stderrOf(child)}`)));
    const attempt = () => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.end();
        resolve();
      });
      socket.once('error', () => {
        socket.destroy();
        if (Date.now() > deadline) reject(new Error(`${name} did not listen on port ${port} within ten seconds: ${stderrOf(child)}`));
        else setTimeout(attempt, 100);
      });
    };
    attempt();
  });
}

/**
 * WebKit for the runner: test pages in several lanes at once, each its own MiniBrowser, driver and display (a window
 * that shares a display with another may not have the focus, which the keyboard tests need). With a display of the
 * machine's own (DISPLAY set), one lane.
 */
class WebKitLauncher {
  name = 'WebKit';
  type = 'webdriver';
  concurrency;
  #lanes;
  #laneOf = new Map();

  constructor(lanes) {
    this.#lanes = lanes;
    this.concurrency = lanes.length;
  }

  async initialize(config, testFiles) {
    for (const lane of this.#lanes) await lane.initialize(config, testFiles);
  }

  async stop() {
    await Promise.all(this.#lanes.map((lane) => lane.stop()));
  }

  async startSession(id, url) {
    const lane = this.#lanes.find((candidate) => candidate.runs === undefined);
    if (!lane) throw new Error('every WebKit lane is busy');
    lane.runs = id;
    this.#laneOf.set(id, lane);
    try {
      await lane.startSession(id, url);
    } catch (error) {
      this.#free(id);
      throw error;
    }
  }

  isActive(id) {
    return this.#laneOf.get(id)?.isActive(id) ?? false;
  }

  getBrowserUrl(id) {
    return this.#lane(id).getBrowserUrl(id);
  }

  async stopSession(id) {
    try {
      return await this.#lane(id).stopSession(id);
    } finally {
      this.#free(id);
    }
  }

  startDebugSession(id, url) {
    return this.#lanes[0].startDebugSession(id, url);
  }

  sendKeys(id, keys) {
    return this.#lane(id).sendKeys(id, keys);
  }

  sendMouseMove(id, x, y) {
    return this.#lane(id).sendMouseMove(id, x, y);
  }

  sendMouseClick(id, x, y, button) {
    return this.#lane(id).sendMouseClick(id, x, y, button);
  }

  sendMouseDown(id, button) {
    return this.#lane(id).sendMouseDown(id, button);
  }

  sendMouseUp(id, button) {
    return this.#lane(id).sendMouseUp(id, button);
  }

  resetMouse(id) {
    return this.#lane(id).resetMouse(id);
  }

  takeScreenshot(id, locator) {
    return this.#lane(id).takeScreenshot(id, locator);
  }

  #lane(id) {
    const lane = this.#laneOf.get(id);
    if (!lane) throw new Error(`no WebKit lane runs test page ${id}`);
    return lane;
  }

  #free(id) {
    const lane = this.#laneOf.get(id);
    if (lane?.runs === id) lane.runs = undefined;
    this.#laneOf.delete(id);
  }
}

/** The WebKit engine for @web/test-runner: two lanes on virtual displays, one on the machine's own display. */
export function webkitLauncher({ lanes = process.env.DISPLAY ? 1 : 2 } = {}) {
  return new WebKitLauncher(Array.from({ length: lanes }, () => webkitLane()));
}

function webkitLane() {
  return new WebKitLane({
    automationProtocol: 'webdriver',
    hostname: '127.0.0.1',
    connectionRetryTimeout: commandTimeout,
    // The launcher's own single retry, above, is the only one: webdriverio's would wait for a hung driver three more times.
    connectionRetryCount: 0,
    capabilities: {
      browserName: 'MiniBrowser',
      // Without it webdriverio asks for WebDriver BiDi (webSocketUrl), which WebKitWebDriver refuses.
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowserPath, args: ['--automation'] },
    },
  });
}
