import { sendKeys } from '@web/test-runner-commands';

/**
 * The engine running the tests, and keyboard input that works with each engine's driver. A test that cannot run in an
 * engine calls `skipIn` (reported as skipped, never passed unchecked) with a one-line comment saying why.
 */

export type Engine = 'chromium' | 'firefox' | 'webkit';

// Chromium's user agent names AppleWebKit and Safari too, so WebKit is the engine that is neither Chromium nor Firefox.
export const engine: Engine = /Chrom(e|ium)\//.test(navigator.userAgent)
  ? 'chromium'
  : /Firefox\//.test(navigator.userAgent)
    ? 'firefox'
    : 'webkit';

/** Skips the test when it runs in one of `engines`. */
export function skipIn(test: Mocha.Context, ...engines: Engine[]): void {
  if (engines.includes(engine)) test.skip();
}

/** Types `text` into the focused element. */
export async function typeText(text: string): Promise<void> {
  if (engine === 'webkit') {
    // WebKit's driver gets every key of a `type` pressed before any is released, which loses repeated letters and spaces.
    for (const character of text) await sendKeys({ press: character });
    return;
  }
  await sendKeys({ type: text });
}

/** Moves focus back one stop, as Shift+Tab does. */
export async function pressShiftTab(): Promise<void> {
  if (engine === 'webkit') {
    // WebKit's driver cannot hold a key down; keys sent in one press are pressed together, so WebDriver's Shift and Tab
    // key codes make the chord.
    await sendKeys({ press: '\uE008\uE004' });
    return;
  }
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}
