/**
 * Dates, numbers, units, plurals and lists in the reader's language.
 *
 * Building an `Intl` formatter is the costly part of formatting (15–20 ms for the first one a page builds), so English
 * and Spanish, the interface languages shipped, are formatted by the small functions below, written to give exactly
 * what `Intl` gives for them (the tests compare the two across many values). Any other language, and any value these
 * functions do not cover, goes to `Intl`, with one formatter per locale and options, built when first needed.
 */

/** The locales formatted without `Intl`: the languages shipped, without a region or with their usual one. */
type FastLocale = 'en' | 'es';

const fastLocales: Readonly<Record<string, FastLocale>> = { en: 'en', 'en-us': 'en', es: 'es', 'es-es': 'es' };

/** A tag `Intl` accepts, falling back to English for a malformed `lang` attribute. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

function fastLocale(lang: string): FastLocale | undefined {
  // Own keys only: `lang="constructor"` must not find Object.prototype's.
  const key = lang.toLowerCase();
  return Object.hasOwn(fastLocales, key) ? fastLocales[key] : undefined;
}

// Formatters built on demand, one per locale and options.

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat | Intl.Collator>();

function cached<Formatter extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.PluralRules | Intl.ListFormat | Intl.Collator>(
  key: string,
  build: () => Formatter,
): Formatter {
  let formatter = formatters.get(key) as Formatter | undefined;
  if (!formatter) {
    formatter = build();
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormat(lang: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const locale = intlLocale(lang);
  return cached(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** The collator for sorting text in `lang`: numbers in text by value, accents and case ignored. */
export function collator(lang: string): Intl.Collator {
  const locale = intlLocale(lang);
  return cached(`collator ${locale}`, () => new Intl.Collator(locale, { numeric: true, sensitivity: 'base' }));
}

// Numbers

const separators: Readonly<Record<FastLocale, { readonly group: string; readonly decimal: string; readonly minimumGrouping: number }>> =
  {
    en: { group: ',', decimal: '.', minimumGrouping: 4 },
    // Spanish groups thousands only from five digits: "1234", "12.345".
    es: { group: '.', decimal: ',', minimumGrouping: 5 },
  };

/** The shortest decimal form of a non-negative `value`, with the point moved `shift` places right; undefined with an exponent. */
function decimalForm(value: number, shift = 0): string | undefined {
  const written = String(value);
  if (!/^\d+(\.\d+)?$/.test(written)) return undefined;
  if (shift === 0) return written;
  const [whole = '0', fraction = ''] = written.split('.');
  const padded = fraction.padEnd(shift, '0');
  return `${whole}${padded.slice(0, shift)}.${padded.slice(shift) || '0'}`;
}

/**
 * A decimal form rounded to at most `fractionDigits` decimals, half away from zero (as `Intl` rounds its shortest
 * decimal form), as digits before and after the point, without trailing zeros.
 */
function roundedDigits(written: string, fractionDigits: number): { readonly whole: string; readonly fraction: string } {
  const [rawWhole = '0', fraction = ''] = written.split('.');
  const whole = rawWhole.replace(/^0+(?=\d)/, '');
  if (fraction.length <= fractionDigits) return { whole, fraction: fraction.replace(/0+$/, '') };
  const kept = `${whole}${fraction.slice(0, fractionDigits)}`;
  const roundUp = fraction.charCodeAt(fractionDigits) >= 53; // '5' or above
  const digits = roundUp ? (BigInt(kept) + 1n).toString().padStart(kept.length, '0') : kept;
  const split = digits.length - fractionDigits;
  return { whole: digits.slice(0, split) || '0', fraction: digits.slice(split).replace(/0+$/, '') };
}

/** `value` written as `Intl` writes it in `locale`; undefined for what only `Intl` covers (exponents, -0, infinities). */
function fastDecimal(value: number, locale: FastLocale, fractionDigits: number, shift = 0): string | undefined {
  if (!Number.isFinite(value) || Object.is(value, -0)) return undefined;
  if (value < 0) {
    const magnitude = fastDecimal(-value, locale, fractionDigits, shift);
    return magnitude === undefined ? undefined : `-${magnitude}`;
  }
  const written = decimalForm(value, shift);
  if (written === undefined) return undefined;
  const rounded = roundedDigits(written, fractionDigits);
  const { group, decimal, minimumGrouping } = separators[locale];
  const whole =
    rounded.whole.length >= minimumGrouping ? rounded.whole.replace(/\B(?=(\d{3})+(?!\d))/g, group) : rounded.whole;
  return rounded.fraction ? `${whole}${decimal}${rounded.fraction}` : whole;
}

/** A count or measure: "10,000" (en), "10.000" (es), at most `maximumFractionDigits` decimals (default 3, as `Intl`). */
export function formatNumber(value: number, lang: string, maximumFractionDigits = 3): string {
  const locale = fastLocale(lang);
  const fast = locale && fastDecimal(value, locale, maximumFractionDigits);
  return fast ?? numberFormat(lang, { maximumFractionDigits }).format(value);
}

/** A percentage given on a 0–100 scale, to one decimal: 71.2 → "71.2%" (en), "71,2 %" (es). */
export function formatPercent(value: number, lang: string): string {
  const locale = fastLocale(lang);
  // Intl formats the fraction (71.2 / 100), so the digits are taken from its shortest form, moved two places.
  const fast = locale && fastDecimal(value / 100, locale, 1, 2);
  if (locale && fast !== undefined) return locale === 'es' ? `${fast}\u00a0%` : `${fast}%`;
  return numberFormat(lang, { style: 'percent', maximumFractionDigits: 1 }).format(value / 100);
}

/** Units the widgets measure in. */
export type Unit = 'minute' | 'hour' | 'week';

const unitNames: Readonly<Record<FastLocale, Readonly<Record<Unit, readonly [one: string, other: string]>>>> = {
  en: { minute: ['minute', 'minutes'], hour: ['hour', 'hours'], week: ['week', 'weeks'] },
  es: { minute: ['minuto', 'minutos'], hour: ['hora', 'horas'], week: ['semana', 'semanas'] },
};

/** A measure with its unit written out: "90 minutes", "1.5 hours", "18 semanas". */
export function formatUnit(value: number, unit: Unit, lang: string, maximumFractionDigits = 1): string {
  const locale = fastLocale(lang);
  const number = locale && fastDecimal(value, locale, maximumFractionDigits);
  if (locale && number) {
    const [one, other] = unitNames[locale][unit];
    return `${number} ${number === '1' ? one : other}`;
  }
  return numberFormat(lang, { style: 'unit', unit, unitDisplay: 'long', maximumFractionDigits }).format(value);
}

/** The plural form a count takes in `lang`, as the interface strings need it. */
export function pluralForm(count: number, lang: string): 'one' | 'other' {
  if (fastLocale(lang)) return count === 1 ? 'one' : 'other';
  const locale = intlLocale(lang);
  return cached(`plural ${locale}`, () => new Intl.PluralRules(locale)).select(count) === 'one' ? 'one' : 'other';
}

// Dates

const monthNames: Readonly<Record<FastLocale, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  es: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
};

/**
 * A calendar date (`YYYY-MM-DD`) written out one way per language, for review, access and event dates alike: "21
 * November 2026" (en, as the bundled content writes dates), "21 de noviembre de 2026" (es).
 */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  // Dates follow the language, whatever the region: "en-CA" writes them as "en" does.
  const base = lang.toLowerCase().split('-')[0];
  const locale = base === 'en' || base === 'es' ? base : undefined;
  const year = date.getUTCFullYear();
  if (locale && year >= 1000 && year <= 9999) {
    const month = monthNames[locale][date.getUTCMonth()];
    const day = date.getUTCDate();
    return locale === 'en' ? `${day} ${month} ${year}` : `${day} de ${month} de ${year}`;
  }
  const intl = intlLocale(lang);
  return cached(`date ${intl}`, () => new Intl.DateTimeFormat(intl, { dateStyle: 'long', timeZone: 'UTC' })).format(date);
}

// Lists

const listWords: Readonly<Record<FastLocale, Readonly<Record<'conjunction' | 'disjunction', string>>>> = {
  en: { conjunction: 'and', disjunction: 'or' },
  es: { conjunction: 'y', disjunction: 'o' },
};

/** Spanish writes "e" for "y" before an "i" sound and "u" for "o" before an "o" sound: those lists go to Intl. */
const spanishContextual: Readonly<Record<'conjunction' | 'disjunction', RegExp>> = {
  conjunction: /^(h?i)/i,
  disjunction: /^(h?o|8|11)/i,
};

/** "4–6, 8–10, and 12–14" (en), "4–6, 8–10 y 12–14" (es); `disjunction` joins with "or". */
export function formatList(items: readonly string[], lang: string, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  const locale = fastLocale(lang);
  const contextual = locale === 'es' && items.slice(1).some((item) => spanishContextual[type].test(item));
  if (locale && !contextual) {
    if (items.length <= 1) return items.join('');
    const word = listWords[locale][type];
    if (items.length === 2) return `${items[0]} ${word} ${items[1]}`;
    const head = items.slice(0, -1).join(', ');
    return locale === 'en' ? `${head}, ${word} ${items.at(-1)}` : `${head} ${word} ${items.at(-1)}`;
  }
  const intl = intlLocale(lang);
  return cached(`list ${intl} ${type}`, () => new Intl.ListFormat(intl, { type })).format(items);
}
