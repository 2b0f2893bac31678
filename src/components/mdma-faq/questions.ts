/**
 * Which questions a FAQ shows, as plain data: the element and its plain copy (src/internal/plain/) both work them out
 * here. No DOM and no Lit.
 */
import { attribute, quoteList } from '../../internal/element/log.js';

/**
 * The questions in effect: the bundled ones, or the host's (none: undefined) replacing them (`mode: "replace"`), or
 * extending them (a host question with a bundled id takes that question's place; the others follow the bundled ones).
 */
export function mergedQuestions<Question extends { readonly id: string }>(
  bundled: readonly Question[],
  hosted: readonly Question[] | undefined,
  mode: 'replace' | 'extend' | undefined,
): readonly Question[] {
  if (!hosted) return bundled;
  if (mode === 'replace') return hosted;
  const hostedById = new Map(hosted.map((question) => [question.id, question]));
  const kept = bundled.map((question) => hostedById.get(question.id) ?? question);
  return [...kept, ...hosted.filter((question) => !kept.includes(question))];
}

/**
 * `all` narrowed to the ids `chosen` names, in its order (the `questions` attribute, given as `value`). Ids that name no
 * question are reported to the site owner; when none is known, every question is shown.
 */
export function chosenQuestions<Question extends { readonly id: string }>(
  all: readonly Question[],
  chosen: readonly string[],
  value: unknown,
  messages: { warn(message: string): void },
): readonly Question[] {
  if (chosen.length === 0) return all;
  const byId = new Map(all.map((question) => [question.id, question]));
  const known = chosen.filter((id) => byId.has(id)).map((id) => byId.get(id)!);
  const unknown = chosen.filter((id) => !byId.has(id));
  if (unknown.length > 0) {
    const outcome = known.length === 0 ? 'showing them all' : 'showing the others';
    messages.warn(`${attribute('questions', value)}: no question has the id ${quoteList(unknown)}; ${outcome}. The ids are: ${quoteList([...byId.keys()])}.`);
  }
  return known.length === 0 ? all : known;
}
