/**
 * Test helpers for careless and hostile host pages: values no widget should choke on, a record of what reaches the
 * page as an uncaught error, and checks on what the library says in the console.
 */
import { expect } from '@open-wc/testing';

/** An object whose every operation throws, as a trapping Proxy can make it. */
export function trappingProxy(): object {
  const trap = () => {
    throw new Error('trap');
  };
  return new Proxy(
    {},
    { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap, apply: trap, set: trap },
  );
}

/** A Proxy that was revoked: any operation on it throws a TypeError. */
export function revokedProxy(): object {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/** An object whose `toString`, `valueOf` and `toJSON` throw: string conversion of any kind fails. */
export function unprintable(): object {
  const boom = () => {
    throw new Error('no string for you');
  };
  return { toString: boom, valueOf: boom, toJSON: boom, [Symbol.toPrimitive]: boom };
}

/** Values of the wrong type for a string property, each with a name for test titles. */
export function wrongTypes(): Array<readonly [string, unknown]> {
  return [
    ['a symbol', Symbol('hostile')],
    ['an object whose toString throws', unprintable()],
    ['a revoked proxy', revokedProxy()],
    ['a trapping proxy', trappingProxy()],
    ['a bigint', 12n],
    ['a function', () => 'x'],
    ['true', true],
    ['NaN', NaN],
    ['an object', { value: 'light' }],
    ['an array of mixed values', [1, {}, null]],
  ];
}

export interface UncaughtRecord {
  /** Uncaught errors and unhandled rejections that reached the page since `recordUncaught()`. */
  readonly uncaught: string[];
  stop(): void;
}

/**
 * Records uncaught errors and unhandled rejections. Both are prevented from failing the test run on their own, so the
 * test can assert on them (and name them) instead.
 */
export function recordUncaught(target: Window = window): UncaughtRecord {
  const uncaught: string[] = [];
  const onError = (event: ErrorEvent) => {
    uncaught.push(`uncaught: ${event.message}`);
    event.preventDefault();
  };
  const onRejection = (event: PromiseRejectionEvent) => {
    let reason: string;
    try {
      reason = String(event.reason);
    } catch {
      reason = 'an unprintable reason';
    }
    uncaught.push(`unhandled rejection: ${reason}`);
    event.preventDefault();
  };
  target.addEventListener('error', onError);
  target.addEventListener('unhandledrejection', onRejection);
  return {
    uncaught,
    stop() {
      target.removeEventListener('error', onError);
      target.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

/** The longest console message the library may write (a prefix, a sentence and a few values of about 200 characters). */
export const longestMessage = 1500;

/** Every message names the library and an element, stays short, and none says the widget could not render. */
export function expectWellFormedMessages(messages: readonly string[], tag: string): void {
  for (const message of messages) {
    expect(message, message.slice(0, 300)).to.include(`[mdma-therapy-widgets] <${tag}>:`);
    expect(message.length, message.slice(0, 300)).to.be.at.most(longestMessage);
    expect(message).not.to.include('could not render');
  }
}

/** Visible text in `element`'s shadow root, whitespace collapsed. */
export function shownText(element: Element): string {
  return (element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}
