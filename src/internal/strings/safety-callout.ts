import type { Severity } from '../../data/types.js';
import type { Translations } from '../localize.js';

/** Interface strings of `<safety-callout>`. */
export interface SafetyCalloutStrings {
  /** The level shown above the heading, in words, so the level never rests on colour or icon alone. */
  severityLabel: Readonly<Record<Severity, string>>;
  /** The visually hidden prefix read before the heading ("Important: "), as on NHS.UK warning callouts. */
  severityPrefix: Readonly<Record<Severity, string>>;
  /** "Status last checked on 21 November 2026", for a statement that is true only as of a date. */
  asOf: (date: string) => string;
  /** Title of the list of crisis contacts. */
  contactsTitle: string;
}

export const safetyCalloutStrings: Translations<SafetyCalloutStrings> = {
  en: {
    severityLabel: { information: 'Information', warning: 'Important', urgent: 'Urgent advice' },
    severityPrefix: { information: 'Information: ', warning: 'Important: ', urgent: 'Urgent advice: ' },
    asOf: (date) => `Status last checked on ${date}`,
    contactsTitle: 'Where to get help',
  },
  es: {
    severityLabel: { information: 'Información', warning: 'Importante', urgent: 'Consejo urgente' },
    severityPrefix: { information: 'Información: ', warning: 'Importante: ', urgent: 'Consejo urgente: ' },
    asOf: (date) => `Situación comprobada por última vez el ${date}`,
    contactsTitle: 'Dónde pedir ayuda',
  },
};
