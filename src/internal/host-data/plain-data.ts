/**
 * Host data as plain values, before validation. A page may hand over anything: class instances, framework proxies,
 * objects with getters that throw, revoked or trapping Proxies, data that refers to itself or is nested thousands of
 * levels deep, on a page whose `Object.prototype` carries enumerable extras from an old polyfill. The copy holds only
 * what the data itself says: own enumerable string keys, in objects without a prototype (so nothing is inherited),
 * and arrays read by index. A value that cannot be read stops the copy with its path and the reason; so does data
 * past the limits, before any time is spent validating it.
 */
import { describeError, grouped } from '../log.js';

/** How much data one input may hold. */
export interface DataLimits {
  /** Objects and arrays inside one another; the deepest host data shape needs 8. */
  readonly maxDepth: number;
  /** Values of any kind, counted as they are copied. */
  readonly maxValues: number;
  /** Characters of all strings together. */
  readonly maxCharacters: number;
}

/** Where a problem is: the keys and indexes from the top of the data. */
export type DataPath = ReadonlyArray<string | number>;

export type PlainData =
  | { readonly success: true; readonly value: unknown }
  | { readonly success: false; readonly path: DataPath; readonly problem: string };

class Stop {
  constructor(
    readonly path: DataPath,
    readonly problem: string,
  ) {}
}

/** `read()` with anything it throws turned into a stop at `path`. */
function attempt<Value>(path: DataPath, what: string, read: () => Value): Value {
  try {
    return read();
  } catch (cause) {
    throw new Stop(path, `cannot be read: ${what} threw ${describeError(cause)}`);
  }
}

/** A plain copy of `input` within `limits`, or where and why it cannot be made. */
export function toPlainData(input: unknown, limits: DataLimits): PlainData {
  let values = 0;
  let characters = 0;
  const open = new Set<object>();

  function copy(value: unknown, path: DataPath, depth: number): unknown {
    values += 1;
    if (values > limits.maxValues) throw new Stop([], `is too large: more than ${grouped(limits.maxValues)} values`);
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > limits.maxCharacters) {
        throw new Stop([], `is too large: more than ${grouped(limits.maxCharacters)} characters of text`);
      }
      return value;
    }
    // Symbols, bigints and functions are kept as they are: validation refuses them by type, naming the field.
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= limits.maxDepth) throw new Stop(path, `is nested more than ${limits.maxDepth} levels deep`);
    if (open.has(value)) throw new Stop(path, 'refers to itself');
    open.add(value);
    try {
      if (attempt(path, 'checking whether it is an array', () => Array.isArray(value))) {
        const array = value as unknown[];
        const length: unknown = attempt(path, 'its length', () => array.length);
        if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
          throw new Stop(path, 'cannot be read: its length is not a whole number');
        }
        if (length > limits.maxValues - values) {
          throw new Stop([], `is too large: more than ${grouped(limits.maxValues)} values`);
        }
        const items: unknown[] = [];
        for (let index = 0; index < length; index += 1) {
          const itemPath = [...path, index];
          items.push(copy(attempt(itemPath, 'reading it', () => array[index]), itemPath, depth + 1));
        }
        return items;
      }
      const record = value as Record<string, unknown>;
      const keys = attempt(path, 'listing its fields', () => Object.keys(record));
      const plain: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      for (const key of keys) {
        const fieldPath = [...path, key];
        plain[key] = copy(attempt(fieldPath, 'its getter', () => record[key]), fieldPath, depth + 1);
      }
      return plain;
    } finally {
      open.delete(value);
    }
  }

  try {
    return { success: true, value: copy(input, [], 0) };
  } catch (stop) {
    if (stop instanceof Stop) return { success: false, path: stop.path, problem: stop.problem };
    // The engine's own limits (a stack overflow): reported like the data's.
    return { success: false, path: [], problem: `cannot be read: ${describeError(stop)}` };
  }
}
