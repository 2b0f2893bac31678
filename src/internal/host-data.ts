import { error } from './log.js';

/**
 * Reads host data from a `<script type="application/json">` child of `element`. Returns undefined when there is none,
 * and logs an error naming the element when its JSON does not parse.
 */
export function readJsonChild(element: Element): unknown {
  const script = Array.from(element.children).find(
    (child) => child.localName === 'script' && child.getAttribute('type')?.trim().toLowerCase() === 'application/json',
  );
  if (!script) return undefined;
  try {
    return JSON.parse(script.textContent ?? '') as unknown;
  } catch (cause) {
    error(element.localName, 'the JSON in its <script type="application/json"> child does not parse; showing the bundled content.', cause);
    return undefined;
  }
}
