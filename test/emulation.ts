import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import { engine, skipIn } from './engine.js';

/**
 * Media emulation for tests: print media, colour-scheme and reduced-motion preferences, and forced colours. The test
 * runner emulates them over the Chrome DevTools Protocol, which Firefox (driven over WebDriver BiDi) and WebKit (classic
 * WebDriver) do not offer, so a test that needs emulation skips itself there (reported as skipped, never passed
 * unchecked). Every file that emulates calls `resetEmulatedMedia` in `afterEach`; one that sizes the viewport calls
 * `resetViewport`.
 */

type Media = Parameters<typeof emulateMedia>[0];

// Only Chromium offers the runner the DevTools Protocol; asking another engine only logs a refusal.
const devToolsProtocol = engine === 'chromium';

/** The runner's words when a Chromium is driven without the DevTools Protocol (over WebDriver BiDi). */
const unsupported = (cause: unknown) => /CDP support is required/.test(String(cause));

let mediaEmulated = false;
let reducedMotionEmulated = false;
let forcedColorsEmulated = false;
let viewportSet = false;

/** Emulates `media` for the rest of the test, or skips the test where the browser driver cannot emulate media. */
export async function emulateMediaOrSkip(test: Mocha.Context, media: Media): Promise<void> {
  if (!devToolsProtocol) test.skip();
  // Marked before asking: a half-applied emulation is still put back.
  mediaEmulated = true;
  if (media.reducedMotion != null) reducedMotionEmulated = true;
  try {
    await emulateMedia(media);
  } catch (cause) {
    if (unsupported(cause)) test.skip();
    throw cause;
  }
}

/** Turns Windows-style forced colours on or off for the rest of the test, or skips it where that cannot be emulated. */
export async function emulateForcedColorsOrSkip(test: Mocha.Context, active: boolean): Promise<void> {
  if (!devToolsProtocol) test.skip();
  forcedColorsEmulated = true;
  try {
    await executeServerCommand('emulate-forced-colors', { active });
  } catch (cause) {
    if (unsupported(cause)) test.skip();
    throw cause;
  }
}

/** Puts back screen media, a light preference, motion and no forced colours, if a test changed them; never throws. */
export async function resetEmulatedMedia(): Promise<void> {
  try {
    if (mediaEmulated) {
      await emulateMedia({ media: 'screen', colorScheme: 'light', ...(reducedMotionEmulated ? { reducedMotion: 'no-preference' } : {}) });
    }
    if (forcedColorsEmulated) await executeServerCommand('emulate-forced-colors', { active: false });
  } catch (cause) {
    // An afterEach hook that throws aborts the rest of the file; the next test that reads the media fails instead.
    console.error('Could not reset the emulated media:', cause);
  } finally {
    mediaEmulated = false;
    reducedMotionEmulated = false;
    forcedColorsEmulated = false;
  }
}

/** Sizes the viewport for the rest of the test, or skips the test in WebKit, whose driver cannot resize it. */
export async function setViewportOrSkip(test: Mocha.Context, viewport: Parameters<typeof setViewport>[0]): Promise<void> {
  skipIn(test, 'webkit');
  viewportSet = true;
  await setViewport(viewport);
}

/**
 * Makes the viewport at least `width` wide for the rest of the test. WebKit's driver cannot resize it, so there the test
 * runs in the window as it is if that is wide enough, and skips otherwise.
 */
export async function widenViewportOrSkip(test: Mocha.Context, width: number): Promise<void> {
  if (engine === 'webkit') {
    if (window.innerWidth < width) test.skip();
    return;
  }
  viewportSet = true;
  await setViewport({ width, height: 800 });
}

/** Puts back the runner's 800 × 600 viewport, if a test changed it. */
export async function resetViewport(): Promise<void> {
  if (!viewportSet) return;
  viewportSet = false;
  await setViewport({ width: 800, height: 600 });
}
