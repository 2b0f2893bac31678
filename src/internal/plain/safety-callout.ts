/**
 * `<safety-callout>` as plain HTML: each topic `topic` names, in order, as a `<section>` whose heading starts with its
 * level in words ("Important: "), its message, the rest behind "More about …", its crisis contacts, then its sources
 * and dates. `severity` and `heading-level` apply as on the element; host data replaces, extends or adds topics.
 */
import { bundledTopics, selectedCallouts, servesUnitedStates, severities, type Callout } from '../../components/safety-callout/callouts.js';
import type { CrisisContact, SafetyTopic, Severity } from '../../data/types.js';
import { safetySchema } from '../host-content/safety.js';
import { localize } from '../language/localize.js';
import { quote } from '../element/log.js';
import { escapeHtml } from '../render/markup.js';
import { blocksHtml } from '../render/static-markup.js';
import { readOption } from '../element/options.js';
import { combineReviews } from '../provenance/review.js';
import { safetyCalloutStrings, type SafetyCalloutStrings } from '../language/strings/safety-callout.js';
import {
  attributeValue,
  classes,
  consoleMessages,
  contactLinkHtml,
  footerHtml,
  headingLevel,
  hostItems,
  langAttribute,
  reviewNoticeHtml,
  rootHtml,
  tokens,
  type Messages,
  type PlainContext,
  type PlainCopy,
  withLanguage,
} from './shared.js';

/** The level the host asked for, if any and valid; otherwise each topic keeps its own. */
function severityOverride(context: PlainContext, messages: Messages): Severity | undefined {
  const value = attributeValue(context, 'severity');
  if (value === undefined) return undefined;
  const reading = readOption('severity', value, severities);
  if (reading.problem !== undefined) messages.warn(`${reading.problem}; using each topic's own level.`);
  return reading.value;
}

/** Crisis contacts grouped by service: "988 Suicide & Crisis Lifeline: Call 988, Text 988, Chat online". */
function contactsHtml(topic: SafetyTopic, language: string | undefined, strings: SafetyCalloutStrings, context: PlainContext): string {
  if (!topic.contacts?.length) return '';
  const services: { name: string; contacts: CrisisContact[] }[] = [];
  for (const contact of topic.contacts) {
    const last = services.at(-1);
    if (last?.name === contact.name) last.contacts.push(contact);
    else services.push({ name: contact.name, contacts: [contact] });
  }
  let region = '';
  if (topic.region) {
    // The region's name in the page's language where the strings have it ("Estados Unidos"); otherwise as given.
    const translated = Object.hasOwn(strings.regionNames, topic.region);
    const name = translated ? strings.regionNames[topic.region]! : topic.region;
    region = ` (${translated ? escapeHtml(name) : withLanguage(name, language, context)})`;
  }
  const items = services.map(
    (service) => `<li>${escapeHtml(service.name)}: ${service.contacts.map((contact) => contactLinkHtml(contact.action, contact.href)).join(', ')}</li>`,
  );
  return (
    `<div${classes('contacts')}><p${classes('label')}><strong>${escapeHtml(strings.contactsTitle)}</strong>${region}</p>` +
    `<ul${langAttribute(language, context)}>${items.join('')}</ul></div>`
  );
}

/** What a callout always shows, the rest behind "More about …", and its contacts (the bundled ones say where they serve). */
function bodyHtml(topic: SafetyTopic, language: string | undefined, strings: SafetyCalloutStrings, context: PlainContext): string {
  const lang = langAttribute(language, context);
  return (
    (bundledTopics.has(topic) && topic.contacts?.length ? `<p>${escapeHtml(strings.unitedStatesNote)}</p>` : '') +
    `<div${lang}>${blocksHtml(topic.body)}</div>` +
    (topic.more?.length
      ? `<details${classes('more')}${lang}><summary>${escapeHtml(topic.moreLabel ?? topic.heading)}</summary>${blocksHtml(topic.more)}</details>`
      : '') +
    contactsHtml(topic, language, strings, context)
  );
}

function calloutHtml(callout: Callout, level: number, severity: Severity, strings: SafetyCalloutStrings, context: PlainContext): string {
  const { topic, language } = callout;
  return (
    `<section${classes('callout', severity)}>` +
    reviewNoticeHtml(callout.review, context) +
    `<h${level}><span${classes('severity')}>${escapeHtml(strings.severityPrefix[severity])}</span>` +
    `${withLanguage(topic.heading, language, context)}</h${level}>` +
    bodyHtml(topic, language, strings, context) +
    footerHtml(topic.sources, callout.review, context) +
    `</section>`
  );
}

export function plainSafetyCallout(context: PlainContext): PlainCopy {
  const messages = consoleMessages(context);
  const strings = localize(safetyCalloutStrings, context.lang);
  const callouts = selectedCallouts(hostItems<SafetyTopic>(context, safetySchema, messages), tokens(context, 'topic', messages), attributeValue(context, 'topic'), messages);
  const override = severityOverride(context, messages);
  const level = headingLevel(context, messages);
  // The bundled crisis contacts are for the United States: a copy for a page elsewhere should carry local ones.
  const usOnly = callouts.find((callout) => callout.topic.contacts?.length && bundledTopics.has(callout.topic));
  if (usOnly && !servesUnitedStates(context.lang)) {
    messages.warn(
      `the crisis contacts in "${usOnly.topic.id}" are for the ${usOnly.topic.region ?? 'United States'}, but this page's ` +
        `language is ${quote(context.lang)}. Give your readers local crisis lines: host data with a "${usOnly.topic.id}" ` +
        'topic and its own contacts (see "Crisis contacts outside the United States" in the README).',
    );
  }
  return {
    html: rootHtml(context, callouts.map((callout) => calloutHtml(callout, level, override ?? callout.topic.severity, strings, context)).join('')),
    review: combineReviews(callouts.map((callout) => callout.review)),
  };
}
