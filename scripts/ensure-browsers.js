// Makes sure the browsers the tests drive are installed, so `npm test` works on a fresh Debian machine: each engine comes
// from Debian's packages (nothing downloads a browser). Installs what is missing when run as root; otherwise says how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const engines = (process.env.BROWSERS ?? 'chromium,firefox,webkit').split(',').map((name) => name.trim());
const needs = {
  chromium: [
    [process.env.CHROME_PATH ?? '/usr/bin/chromium', 'chromium'],
    // The print test reads Chromium's PDF back with pdftoppm.
    ['/usr/bin/pdftoppm', 'poppler-utils'],
  ],
  firefox: [[process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr', 'firefox-esr']],
  webkit: [
    [process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver', 'webkit2gtk-driver'],
    // MiniBrowser needs an X display; the tests start a virtual one when there is none.
    ...(process.env.DISPLAY ? [] : [['/usr/bin/Xvfb', 'xvfb']]),
  ],
};

const missing = [
  ...new Set(engines.flatMap((engine) => (needs[engine] ?? []).filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg))),
];
if (missing.length > 0) {
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    console.error(`The browser tests need Debian packages that are not installed: ${missing.join(', ')}.\nInstall them with: sudo ${command}`);
    process.exit(1);
  }
  console.log(`Installing the browsers the tests drive: ${missing.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
}
