import { expect } from '@open-wc/testing';
import { revokedProxy, trappingProxy, unprintable } from '../../../test/hostile.js';
import { attribute, clip, describeError, error, grouped, kindOf, quote, quoteList, warn } from './log.js';

/** Every character the console line must never receive as it is: controls, bidi controls and invisibles. */
const invisibles = [
  ...Array.from({ length: 0x20 }, (_, code) => code),
  ...Array.from({ length: 0xa0 - 0x7f }, (_, offset) => 0x7f + offset),
  0xad,
  0x61c,
  ...Array.from({ length: 5 }, (_, offset) => 0x200b + offset),
  ...Array.from({ length: 7 }, (_, offset) => 0x2028 + offset),
  ...Array.from({ length: 16 }, (_, offset) => 0x2060 + offset),
  0xfeff,
].map((code) => String.fromCharCode(code));

describe('clip', () => {
  it('leaves text of up to 200 characters as it is', () => {
    expect(clip('')).to.equal('');
    expect(clip('x'.repeat(200))).to.equal('x'.repeat(200));
  });

  it('cuts longer text to 200 characters and marks the cut', () => {
    expect(clip('x'.repeat(201))).to.equal(`${'x'.repeat(200)}…`);
    expect(clip('y'.repeat(100_000))).to.equal(`${'y'.repeat(200)}…`);
    expect(clip('abcdef', 3)).to.equal('abc…');
  });

  it('never cuts a surrogate pair in two', () => {
    // The emoji's high surrogate is the 200th character.
    expect(clip(`${'x'.repeat(199)}😀yz`)).to.equal(`${'x'.repeat(199)}…`);
    // Here the pair ends at the 200th character and is kept whole.
    expect(clip(`${'x'.repeat(198)}😀yz`)).to.equal(`${'x'.repeat(198)}😀…`);
  });
});

describe('grouped', () => {
  it('separates thousands with commas', () => {
    expect(grouped(0)).to.equal('0');
    expect(grouped(999)).to.equal('999');
    expect(grouped(1000)).to.equal('1,000');
    expect(grouped(100000)).to.equal('100,000');
    expect(grouped(1234567)).to.equal('1,234,567');
  });
});

describe('kindOf', () => {
  it('names null, undefined, booleans, NaN and the infinities by their own word', () => {
    expect([null, undefined, true, false, NaN, Infinity, -Infinity].map(kindOf)).to.deep.equal([
      'null',
      'undefined',
      'true',
      'false',
      'NaN',
      'Infinity',
      '-Infinity',
    ]);
  });

  it('names other values by their type, with an article', () => {
    expect(kindOf('text')).to.equal('a string');
    expect(kindOf(1)).to.equal('a number');
    expect(kindOf(1n)).to.equal('a bigint');
    expect(kindOf(Symbol('x'))).to.equal('a symbol');
    expect(kindOf(() => 1)).to.equal('a function');
    expect(kindOf([])).to.equal('an array');
    expect(kindOf(new Proxy([], {}))).to.equal('an array');
    expect(kindOf({})).to.equal('an object');
    expect(kindOf(new Date(0))).to.equal('an object');
  });

  it('names hostile objects without touching them', () => {
    expect(kindOf(revokedProxy())).to.equal('an object');
    const { proxy, revoke } = Proxy.revocable([], {});
    revoke();
    expect(kindOf(proxy)).to.equal('an object');
    expect(kindOf(trappingProxy())).to.equal('an object');
    expect(kindOf(unprintable())).to.equal('an object');
  });
});

describe('quote', () => {
  it('quotes strings and finite numbers', () => {
    expect(quote('dark')).to.equal('"dark"');
    expect(quote('')).to.equal('""');
    expect(quote('say "hi" \\ there')).to.equal('"say \\"hi\\" \\\\ there"');
    expect(quote(42)).to.equal('"42"');
    expect(quote(-0.5)).to.equal('"-0.5"');
  });

  it('quotes at most 200 characters of a string', () => {
    expect(quote('z'.repeat(5000))).to.equal(`"${'z'.repeat(200)}…"`);
  });

  it('names anything else by its kind, never converting it', () => {
    expect(quote(NaN)).to.equal('NaN');
    expect(quote(Infinity)).to.equal('Infinity');
    expect(quote(Symbol('x'))).to.equal('a symbol');
    expect(quote(null)).to.equal('null');
    expect(quote(['a'])).to.equal('an array');
    expect(quote(unprintable())).to.equal('an object');
    expect(quote(revokedProxy())).to.equal('an object');
  });

  it('escapes every control, direction-changing and invisible character', () => {
    for (const character of invisibles) {
      const quoted = quote(`a${character}b`);
      const code = character.charCodeAt(0).toString(16).padStart(4, '0');
      expect(quoted, code).not.to.include(character);
      // JSON's own short escapes for some controls (\n, \t...), \uXXXX for the rest.
      expect(quoted, code).to.match(/^"a\\(u[0-9a-f]{4}|[bfnrt])b"$/);
      expect(JSON.parse(quoted), code).to.equal(`a${character}b`);
    }
    expect(quote('\u202eevil\u202c')).to.equal('"\\u202eevil\\u202c"');
    expect(quote('a\u2066b\u2069')).to.equal('"a\\u2066b\\u2069"');
  });

  it('escapes a lone surrogate, and keeps other text, spaces and emoji as they are', () => {
    expect(quote('a\ud800b')).to.equal('"a\\ud800b"');
    expect(quote('Ünïcödé 😀 مرحبا\u00a0x')).to.equal('"Ünïcödé 😀 مرحبا\u00a0x"');
  });
});

describe('attribute', () => {
  it('writes name="value" for text, and just the name for a value of another type', () => {
    expect(attribute('theme', 'blue')).to.equal('theme="blue"');
    expect(attribute('page-size', 7)).to.equal('page-size="7"');
    expect(attribute('page-size', NaN)).to.equal('page-size');
    expect(attribute('questions', ['a', 'b'])).to.equal('questions');
    expect(attribute('questions', revokedProxy())).to.equal('questions');
  });
});

describe('quoteList', () => {
  it('quotes up to five values', () => {
    expect(quoteList([])).to.equal('');
    expect(quoteList(['a'])).to.equal('"a"');
    expect(quoteList(['a', 'b', 'c', 'd', 'e'])).to.equal('"a", "b", "c", "d", "e"');
  });

  it('quotes five values and counts the rest', () => {
    expect(quoteList(['a', 'b', 'c', 'd', 'e', 'f'])).to.equal('"a", "b", "c", "d", "e" and 1 more');
    expect(quoteList(Array.from({ length: 17 }, (_, index) => `id-${index}`))).to.equal('"id-0", "id-1", "id-2", "id-3", "id-4" and 12 more');
  });

  it('quotes each value as quote does', () => {
    expect(quoteList([1, Symbol('x'), null, 'x'.repeat(300), '\u202e'])).to.equal(`"1", a symbol, null, "${'x'.repeat(200)}…", "\\u202e"`);
  });
});

describe('describeError', () => {
  it('gives an error’s name and message', () => {
    expect(describeError(new TypeError('bad value'))).to.equal('TypeError: bad value');
    expect(describeError({ message: 'plain object' })).to.equal('Error: plain object');
    expect(describeError({ name: 42, message: 'odd name' })).to.equal('Error: odd name');
  });

  it('cuts a long message to 120 characters', () => {
    expect(describeError(new Error('m'.repeat(500)))).to.equal(`Error: ${'m'.repeat(113)}…`);
  });

  it('says only what kind of thing was thrown when it has no message to read', () => {
    expect(describeError('a string')).to.equal('an exception (a string)');
    expect(describeError(undefined)).to.equal('an exception (undefined)');
    expect(describeError({ message: 42 })).to.equal('an exception (an object)');
    expect(describeError(revokedProxy())).to.equal('an exception (an object)');
    expect(describeError(trappingProxy())).to.equal('an exception (an object)');
    const throwing = Object.defineProperty({}, 'message', {
      get() {
        throw new Error('no');
      },
    });
    expect(describeError(throwing)).to.equal('an exception (an object)');
  });
});

describe('warn and error', () => {
  const { warn: realWarn, error: realError } = console;
  let logged: Array<{ level: string; args: unknown[] }>;

  beforeEach(() => {
    logged = [];
    console.warn = (...args: unknown[]) => void logged.push({ level: 'warn', args });
    console.error = (...args: unknown[]) => void logged.push({ level: 'error', args });
  });

  afterEach(() => {
    console.warn = realWarn;
    console.error = realError;
  });

  it('prefix the message with the library and the element, and pass details on', () => {
    const detail = { path: ['items', 0] };
    warn('mdma-faq', 'theme="blue" is not one of "light", "dark".');
    error('study-table', 'the data could not be used.', detail);
    expect(logged).to.deep.equal([
      { level: 'warn', args: ['[mdma-therapy-widgets] <mdma-faq>: theme="blue" is not one of "light", "dark".'] },
      { level: 'error', args: ['[mdma-therapy-widgets] <study-table>: the data could not be used.', detail] },
    ]);
    expect(logged[1]!.args[1]).to.equal(detail);
  });

  it('cut a message that grew too long to 1200 characters', () => {
    warn('mdma-faq', 'w'.repeat(5000));
    const message = logged[0]!.args[0] as string;
    expect(message).to.have.length(1201);
    expect(message).to.match(/^\[mdma-therapy-widgets\] <mdma-faq>: w+…$/);
  });
});
