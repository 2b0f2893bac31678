import { expect } from '@open-wc/testing';
import { formatDate, formatList, formatNumber, formatPercent, formatUnit, pluralForm, type Unit } from './format.js';

/** English and Spanish are formatted without Intl: the result must be exactly what this browser's Intl gives. */
const languages = ['en', 'en-US', 'es', 'es-ES'];

function mismatches(check: (lang: string) => Array<[string, string, string]>): string[] {
  return languages.flatMap((lang) => check(lang).filter(([, ours, intl]) => ours !== intl).map(([what, ours, intl]) => `${lang} ${what}: ${ours} ≠ ${intl}`));
}

describe('formatting without Intl', () => {
  it('writes numbers as Intl does, with grouping, rounding and signs', () => {
    const values: number[] = [];
    for (let value = -60; value <= 250; value += 0.05) values.push(Math.round(value * 100) / 100);
    for (let value = 250; value < 2_000_000; value = Math.round(value * 1.37) + 3) values.push(value);
    values.push(0.25, 1.005, 2.675, 999.95, 9999.5, 10_000, 12_345.678);
    const found = mismatches((lang) => {
      // One formatter per language: building thousands of them took longer than a test may take in WebKit.
      const intl = new Intl.NumberFormat(lang);
      const oneDecimal = new Intl.NumberFormat(lang, { maximumFractionDigits: 1 });
      return values.flatMap((value): Array<[string, string, string]> => [
        [`${value}`, formatNumber(value, lang), intl.format(value)],
        [`${value} (1 decimal)`, formatNumber(value, lang, 1), oneDecimal.format(value)],
      ]);
    });
    expect(found.slice(0, 10)).to.deep.equal([]);
  });

  it('writes percentages as Intl does', () => {
    const values: number[] = [];
    for (let value = 0; value <= 100; value += 0.01) values.push(Math.round(value * 100) / 100);
    const found = mismatches((lang) => {
      const intl = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 1 });
      return values.map((value): [string, string, string] => [`${value}%`, formatPercent(value, lang), intl.format(value / 100)]);
    });
    expect(found.slice(0, 10)).to.deep.equal([]);
  });

  it('writes minutes, hours and weeks as Intl does, singular and plural', () => {
    const units: Unit[] = ['minute', 'hour', 'week'];
    const found = mismatches((lang) =>
      units.flatMap((unit) => {
        const rows: Array<[string, string, string]> = [];
        const intl = new Intl.NumberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits: 1 });
        for (let value = 0; value <= 600; value += 0.25) rows.push([`${value} ${unit}`, formatUnit(value, unit, lang), intl.format(value)]);
        return rows;
      }),
    );
    expect(found.slice(0, 10)).to.deep.equal([]);
  });

  it('writes dates one way per language: English day, month and year (as Intl does for en-GB), Spanish as Intl does', () => {
    const found = mismatches((lang) => {
      const intl = new Intl.DateTimeFormat(lang.startsWith('en') ? 'en-GB' : lang, { dateStyle: 'long', timeZone: 'UTC' });
      const rows: Array<[string, string, string]> = [];
      for (let day = Date.UTC(1999, 0, 1); day < Date.UTC(2032, 0, 1); day += 86_400_000 * 5) {
        const iso = new Date(day).toISOString().slice(0, 10);
        rows.push([iso, formatDate(iso, lang), intl.format(new Date(day))]);
      }
      return rows;
    });
    expect(found.slice(0, 10)).to.deep.equal([]);
  });

  it('joins lists as Intl does, including Spanish "e" and "u"', () => {
    const lists = [['1'], ['1', '2'], ['1', '2', '3'], ['4–6', '8–10', '12–14'], ['90 minutes', 'about 8 hours'], ['a', 'ib'], ['7', '8'], ['7', '11'], ['a', 'hoja']];
    const found = mismatches((lang) =>
      lists.flatMap((items) =>
        (['conjunction', 'disjunction'] as const).map((type): [string, string, string] => [
          `${type} ${items.join('|')}`,
          formatList(items, lang, type),
          new Intl.ListFormat(lang, { type }).format(items),
        ]),
      ),
    );
    expect(found).to.deep.equal([]);
  });

  it('picks the plural form as Intl does', () => {
    const found = mismatches((lang) => {
      const rules = new Intl.PluralRules(lang);
      const rows: Array<[string, string, string]> = [];
      for (let count = 0; count <= 30; count += 0.5) rows.push([`${count}`, pluralForm(count, lang), rules.select(count) === 'one' ? 'one' : 'other']);
      return rows;
    });
    expect(found).to.deep.equal([]);
  });

  it('leaves other languages to Intl', () => {
    expect(formatNumber(12345.6, 'de')).to.equal(new Intl.NumberFormat('de').format(12345.6));
    expect(formatDate('2026-11-28', 'en-GB')).to.equal('28 November 2026');
    expect(formatDate('2026-11-28', 'en-CA')).to.equal('28 November 2026');
    expect(formatDate('2026-11-28', 'es-MX')).to.equal('28 de noviembre de 2026');
    expect(formatDate('2026-11-28', 'de')).to.equal(new Intl.DateTimeFormat('de', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date('2026-11-28T00:00:00Z')));
    expect(formatPercent(71.2, 'fr')).to.equal(new Intl.NumberFormat('fr', { style: 'percent', maximumFractionDigits: 1 }).format(0.712));
  });
});
