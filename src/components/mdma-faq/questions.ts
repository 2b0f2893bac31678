/**
 * Which questions a FAQ shows, as plain data: the element and its plain copy (src/internal/plain/) both work them out
 * here. No DOM and no Lit.
 */
import { attribute, quoteList } from '../../internal/element/log.js';

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
