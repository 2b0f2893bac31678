/**
 * The one localisation path: every interface string comes from a per-language dictionary picked by the element's
 * nearest `lang`, and dates and numbers are formatted with `Intl` for that language.
 */

/** Interface languages shipped with the library. */
export type UiLanguage = 'en' | 'es';

/** A dictionary of interface strings in every shipped language, each language with the same keys. */
export type Translations<Strings> = Readonly<Record<UiLanguage, Strings>>;

/** The shipped interface language that serves a BCP 47 tag: "es-MX" is served by Spanish, anything else by English. */
export function uiLanguage(lang: string): UiLanguage {
  return lang.toLowerCase().split('-')[0] === 'es' ? 'es' : 'en';
}

/** The strings of `translations` for the language `lang`. */
export function localize<Strings>(translations: Translations<Strings>, lang: string): Strings {
  return translations[uiLanguage(lang)];
}

/** A tag `Intl` accepts, falling back to English for a malformed `lang` attribute. */
export function intlLocale(lang: string): string {
  try {
    return Intl.getCanonicalLocales(lang)[0] ?? 'en';
  } catch {
    return 'en';
  }
}

/** The `lang` that applies to `element`: its own or its nearest ancestor's, looking through shadow roots. */
export function languageOf(element: Element): string {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const holder = node.closest('[lang]');
      if (holder) return holder.getAttribute('lang') || 'en';
    }
    const root: Node = (node as Element).getRootNode();
    node = root instanceof ShadowRoot ? root.host : null;
  }
  return document.documentElement.lang || 'en';
}

/** A calendar date (`YYYY-MM-DD`) in the reader's language: "November 21, 2026" (en), "21 November 2026" (en-GB), "21 de noviembre de 2026" (es). */
export function formatDate(isoDate: string, lang: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return isoDate;
  return new Intl.DateTimeFormat(intlLocale(lang), { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** A count or measure in the reader's language ("10,000" or "10.000"). */
export function formatNumber(value: number, lang: string, options?: Intl.NumberFormatOptions): string {
  return new Intl.NumberFormat(intlLocale(lang), options).format(value);
}

/** A percentage given on a 0–100 scale, e.g. 71.2 → "71.2%" or "71,2 %". */
export function formatPercent(value: number, lang: string): string {
  return formatNumber(value / 100, lang, { style: 'percent', maximumFractionDigits: 1 });
}

/** Picks the plural form of `count` in `lang` (Intl's categories: "one", "other", ...). */
export function pluralCategory(count: number, lang: string): Intl.LDMLPluralRule {
  return new Intl.PluralRules(intlLocale(lang)).select(count);
}
