import { expect } from '@open-wc/testing';
import { revokedProxy, trappingProxy, unprintable, wrongTypes } from '../../../test/hostile.js';
import { optionOf, readOption, readText, readTokens, reflectedText, textOf, tokensOf } from './options.js';

/** A reporter that records what it is asked to warn about. */
function reporter() {
  const warnings: string[] = [];
  return { warnings, warn: (message: string) => void warnings.push(message) };
}

/** An array whose items cannot be read: every access to it throws. */
function unreadableArray(): unknown {
  return new Proxy([], {
    get() {
      throw new Error('trap');
    },
  });
}

const themes = ['light', 'dark', 'auto'] as const;

describe('readText', () => {
  it('takes strings as written and finite numbers as their digits', () => {
    expect(readText('label', 'Hello ')).to.deep.equal({ value: 'Hello ' });
    expect(readText('label', '')).to.deep.equal({ value: '' });
    expect(readText('label', 42)).to.deep.equal({ value: '42' });
    expect(readText('label', -1.5)).to.deep.equal({ value: '-1.5' });
  });

  it('refuses anything else by its kind, without converting it', () => {
    expect(readText('label', NaN)).to.deep.equal({ problem: 'label must be a string, not NaN' });
    expect(readText('label', Infinity)).to.deep.equal({ problem: 'label must be a string, not Infinity' });
    expect(readText('label', -Infinity)).to.deep.equal({ problem: 'label must be a string, not -Infinity' });
    expect(readText('label', Symbol('x'))).to.deep.equal({ problem: 'label must be a string, not a symbol' });
    expect(readText('label', true)).to.deep.equal({ problem: 'label must be a string, not true' });
    expect(readText('label', 3n)).to.deep.equal({ problem: 'label must be a string, not a bigint' });
    expect(readText('label', ['a'])).to.deep.equal({ problem: 'label must be a string, not an array' });
    expect(readText('label', unprintable())).to.deep.equal({ problem: 'label must be a string, not an object' });
    expect(readText('label', revokedProxy())).to.deep.equal({ problem: 'label must be a string, not an object' });
    expect(readText('label', trappingProxy())).to.deep.equal({ problem: 'label must be a string, not an object' });
  });
});

describe('readOption', () => {
  it('matches an allowed value ignoring case and the spaces around it', () => {
    expect(readOption('theme', 'dark', themes)).to.deep.equal({ value: 'dark' });
    expect(readOption('theme', '  DaRk\n', themes)).to.deep.equal({ value: 'dark' });
    expect(readOption('level', 3, ['2', '3'])).to.deep.equal({ value: '3' });
  });

  it('names the value and every allowed one when it matches none', () => {
    expect(readOption('theme', 'blue', themes)).to.deep.equal({ problem: 'theme="blue" is not one of "light", "dark", "auto"' });
    // Spaces inside the value are not ignored; the value is quoted as written.
    expect(readOption('theme', ' da rk ', themes)).to.deep.equal({ problem: 'theme=" da rk " is not one of "light", "dark", "auto"' });
    expect(readOption('theme', '', themes).problem).to.equal('theme="" is not one of "light", "dark", "auto"');
  });

  it('quotes a long or line-breaking value short and escaped', () => {
    const problem = readOption('theme', `${'x'.repeat(500)}`, themes).problem!;
    expect(problem).to.equal(`theme="${'x'.repeat(200)}…" is not one of "light", "dark", "auto"`);
    expect(readOption('theme', 'a\nb\u202e', themes).problem).to.equal('theme="a\\nb\\u202e" is not one of "light", "dark", "auto"');
  });

  it('refuses a value that is not text with the reason readText gives', () => {
    expect(readOption('theme', Symbol('dark'), themes)).to.deep.equal({ problem: 'theme must be a string, not a symbol' });
    expect(readOption('theme', NaN, themes)).to.deep.equal({ problem: 'theme must be a string, not NaN' });
    expect(readOption('theme', revokedProxy(), themes)).to.deep.equal({ problem: 'theme must be a string, not an object' });
  });
});

describe('readTokens', () => {
  it('splits text at spaces and commas into distinct tokens, in first order', () => {
    expect(readTokens('questions', 'a b,c  ,, a\tb\nd')).to.deep.equal({ value: ['a', 'b', 'c', 'd'] });
    expect(readTokens('questions', ' , ')).to.deep.equal({ value: [] });
    expect(readTokens('questions', 7)).to.deep.equal({ value: ['7'] });
  });

  it('takes an array of strings and numbers item by item, trimmed, without empty or repeated items', () => {
    expect(readTokens('questions', ['a', ' b ', 'a', '', 3, 'c d'])).to.deep.equal({ value: ['a', 'b', '3', 'c d'] });
    expect(readTokens('questions', [])).to.deep.equal({ value: [] });
  });

  it('refuses an array with any item that is not text', () => {
    const problem = { problem: 'questions must be a string, or an array of strings' };
    expect(readTokens('questions', ['a', null])).to.deep.equal(problem);
    expect(readTokens('questions', ['a', NaN])).to.deep.equal(problem);
    expect(readTokens('questions', ['a', Infinity])).to.deep.equal(problem);
    expect(readTokens('questions', ['a', Symbol('b')])).to.deep.equal(problem);
    expect(readTokens('questions', ['a', ['b']])).to.deep.equal(problem);
    expect(readTokens('questions', [unprintable()])).to.deep.equal(problem);
    expect(readTokens('questions', unreadableArray())).to.deep.equal(problem);
  });

  it('refuses other values by their kind', () => {
    expect(readTokens('questions', Symbol('a'))).to.deep.equal({ problem: 'questions must be a string, not a symbol' });
    expect(readTokens('questions', NaN)).to.deep.equal({ problem: 'questions must be a string, not NaN' });
    expect(readTokens('questions', { a: 1 })).to.deep.equal({ problem: 'questions must be a string, not an object' });
    expect(readTokens('questions', revokedProxy())).to.deep.equal({ problem: 'questions must be a string, not an object' });
    expect(readTokens('questions', unprintable())).to.deep.equal({ problem: 'questions must be a string, not an object' });
  });
});

describe('optionOf', () => {
  it('uses the fallback for a missing value without a warning', () => {
    const messages = reporter();
    expect(optionOf(messages, 'theme', null, themes, 'auto')).to.equal('auto');
    expect(optionOf(messages, 'theme', undefined, themes, 'auto')).to.equal('auto');
    expect(messages.warnings).to.deep.equal([]);
  });

  it('gives an allowed value, normalised, without a warning', () => {
    const messages = reporter();
    expect(optionOf(messages, 'theme', ' Light ', themes, 'auto')).to.equal('light');
    expect(messages.warnings).to.deep.equal([]);
  });

  it('uses the fallback for a value it cannot use, and says why and what it does instead', () => {
    const messages = reporter();
    expect(optionOf(messages, 'theme', 'blue', themes, 'auto')).to.equal('auto');
    expect(optionOf(messages, 'theme', Symbol('x'), themes, 'light')).to.equal('light');
    expect(optionOf(messages, 'theme', '', themes, 'dark', 'showing every theme.')).to.equal('dark');
    expect(messages.warnings).to.deep.equal([
      'theme="blue" is not one of "light", "dark", "auto"; using "auto".',
      'theme must be a string, not a symbol; using "light".',
      'theme="" is not one of "light", "dark", "auto"; showing every theme.',
    ]);
  });
});

describe('textOf', () => {
  it('gives text and numbers as text, and nothing for a missing value, without a warning', () => {
    const messages = reporter();
    expect(textOf(messages, 'label', 'Trials')).to.equal('Trials');
    expect(textOf(messages, 'label', '')).to.equal('');
    expect(textOf(messages, 'label', 12)).to.equal('12');
    expect(textOf(messages, 'label', null)).to.equal(undefined);
    expect(textOf(messages, 'label', undefined)).to.equal(undefined);
    expect(messages.warnings).to.deep.equal([]);
  });

  it('ignores a value that is not text, with a warning naming the attribute', () => {
    const messages = reporter();
    expect(textOf(messages, 'label', Symbol('x'))).to.equal(undefined);
    expect(textOf(messages, 'label', Infinity)).to.equal(undefined);
    expect(textOf(messages, 'label', revokedProxy())).to.equal(undefined);
    expect(messages.warnings).to.deep.equal([
      'label must be a string, not a symbol; it is ignored.',
      'label must be a string, not Infinity; it is ignored.',
      'label must be a string, not an object; it is ignored.',
    ]);
  });
});

describe('tokensOf', () => {
  it('gives the tokens, and none for a missing or empty value, without a warning', () => {
    const messages = reporter();
    expect(tokensOf(messages, 'questions', 'b a b')).to.deep.equal(['b', 'a']);
    expect(tokensOf(messages, 'questions', ['x', 1])).to.deep.equal(['x', '1']);
    expect(tokensOf(messages, 'questions', '')).to.deep.equal([]);
    expect(tokensOf(messages, 'questions', null)).to.deep.equal([]);
    expect(tokensOf(messages, 'questions', undefined)).to.deep.equal([]);
    expect(messages.warnings).to.deep.equal([]);
  });

  it('gives none for a value it cannot read, with a warning naming the attribute', () => {
    const messages = reporter();
    expect(tokensOf(messages, 'questions', ['a', {}])).to.deep.equal([]);
    expect(tokensOf(messages, 'questions', unprintable())).to.deep.equal([]);
    expect(messages.warnings).to.deep.equal([
      'questions must be a string, or an array of strings; it is ignored.',
      'questions must be a string, not an object; it is ignored.',
    ]);
  });
});

describe('reflectedText', () => {
  const toAttribute = (value: unknown) => reflectedText.toAttribute!(value, String);

  it('reads an attribute as it is', () => {
    expect(reflectedText.fromAttribute!('a b', String)).to.equal('a b');
    expect(reflectedText.fromAttribute!(null, String)).to.equal(null);
  });

  it('writes strings as they are, numbers as digits and lists of text separated by spaces', () => {
    expect(toAttribute('dark')).to.equal('dark');
    expect(toAttribute('')).to.equal('');
    expect(toAttribute(2.5)).to.equal('2.5');
    expect(toAttribute(['a', 'b', 3])).to.equal('a b 3');
    expect(toAttribute([])).to.equal('');
  });

  it('writes no attribute for a missing value or one of another type', () => {
    for (const value of [null, undefined, NaN, Infinity, Symbol('x'), true, 5n, {}, ['a', {}], ['a', NaN], unprintable(), revokedProxy(), trappingProxy(), unreadableArray()]) {
      expect(toAttribute(value), String(typeof value)).to.equal(null);
    }
  });
});

describe('readers of hostile values', () => {
  for (const [name, value] of wrongTypes()) {
    it(`refuse ${name} without throwing`, () => {
      const messages = reporter();
      expect(readText('x', value).problem).to.be.a('string');
      expect(readOption('x', value, themes).problem).to.be.a('string');
      expect(readTokens('x', value).problem).to.be.a('string');
      expect(optionOf(messages, 'x', value, themes, 'auto')).to.equal('auto');
      expect(textOf(messages, 'x', value)).to.equal(undefined);
      expect(tokensOf(messages, 'x', value)).to.deep.equal([]);
      expect(reflectedText.toAttribute!(value, String)).to.equal(null);
      expect(messages.warnings).to.have.length(3);
      for (const warning of messages.warnings) expect(warning).to.match(/^x must be a string/);
    });
  }
});
