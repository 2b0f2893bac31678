import type { Severity } from '../../../data/types.js';
import type { Translations } from '../localize.js';

/** Interface strings of `<safety-callout>`. */
export interface SafetyCalloutStrings {
  /** The level shown above the heading, in words, so the level never rests on colour or icon alone. */
  severityLabel: Readonly<Record<Severity, string>>;
  /** The visually hidden prefix read before the heading ("Important: "), as on NHS.UK warning callouts. */
  severityPrefix: Readonly<Record<Severity, string>>;
  /** Title of the list of crisis contacts. */
  contactsTitle: string;
  /** The region crisis contacts serve, in this language ("United States" → "Estados Unidos"); others are shown as given. */
  regionNames: Readonly<Record<string, string>>;
  /** Said first with the bundled crisis contacts: which country the numbers are for, and what to do elsewhere. */
  unitedStatesNote: string;
}

export const safetyCalloutStrings: Translations<SafetyCalloutStrings> = {
  en: {
    severityLabel: { information: 'Information', warning: 'Important', urgent: 'Urgent advice' },
    severityPrefix: { information: 'Information: ', warning: 'Important: ', urgent: 'Urgent advice: ' },
    contactsTitle: 'Where to get help',
    regionNames: {},
    unitedStatesNote: 'These numbers are for the United States; elsewhere, call your local crisis line or emergency number.',
  },
  es: {
    severityLabel: { information: 'Información', warning: 'Importante', urgent: 'Aviso urgente' },
    severityPrefix: { information: 'Información: ', warning: 'Importante: ', urgent: 'Aviso urgente: ' },
    contactsTitle: 'Dónde pedir ayuda',
    regionNames: { 'United States': 'Estados Unidos' },
    unitedStatesNote: 'Estos números son de Estados Unidos; en otros países, llame a su línea de crisis local o al número de emergencias.',
  },
};
