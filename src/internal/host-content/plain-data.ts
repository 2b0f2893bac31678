/**
 * Host data as plain values, before validation. A page may hand over anything: class instances, framework proxies,
 * objects with getters that throw, revoked or trapping Proxies, data that refers to itself or is nested thousands of
 * levels deep, on a page whose `Object.prototype` carries enumerable extras from an old polyfill. The copy holds only
 * what the data itself says: own enumerable string keys, in objects that inherit nothing,
 * and arrays read by index. A value that cannot be read stops the copy with its path and the reason; so does data
 * past the limits, before any time is spent validating it.
 */
import { describeError, grouped } from '../element/log.js';

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

/**
 * The prototype of every copied object: empty, frozen and private, with no prototype of its own, so a copy inherits
 * nothing. Objects made from it are built as the engine builds ordinary objects; objects with no prototype at all are
 * kept as hash tables, several times slower to fill and to read, which ten thousand host rows feel.
 */
export const inheritsNothing: object = Object.freeze(Object.create(null) as object);

class Stop {
  constructor(
    readonly path: DataPath,
    readonly problem: string,
  ) {}
}

/** A plain copy of `input` within `limits`, or where and why it cannot be made. */
export function toPlainData(input: unknown, limits: DataLimits): PlainData {
  let values = 0;
  let characters = 0;
  // The objects being copied, from the top down (ancestors[depth] is at path.slice(0, depth)): data that refers to
  // itself is found among them once it reaches the depth limit, so data that does not pays nothing for the check.
  const ancestors: object[] = [];
  // The path of the value being copied, kept as one stack and copied only when a problem stops the copy: most data has
  // no problem, and large data has many values.
  const path: Array<string | number> = [];
  const stop = (problem: string, where: DataPath = path) => new Stop([...where], problem);
  const tooLarge = (what: string) => stop(`is too large: more than ${what}`, []);
  /** `get()`, or a stop saying that `what` threw. */
  function read<Value>(what: string, get: () => Value): Value {
    try {
      return get();
    } catch (cause) {
      throw stop(`cannot be read: ${what} threw ${describeError(cause)}`);
    }
  }

  function copy(value: unknown, depth: number): unknown {
    values += 1;
    if (values > limits.maxValues) throw tooLarge(`${grouped(limits.maxValues)} values`);
    if (typeof value === 'string') {
      characters += value.length;
      if (characters > limits.maxCharacters) throw tooLarge(`${grouped(limits.maxCharacters)} characters of text`);
      return value;
    }
    // Symbols, bigints and functions are kept as they are: validation refuses them by type, naming the field.
    if (typeof value !== 'object' || value === null) return value;
    if (depth >= limits.maxDepth) {
      ancestors.push(value);
      const repeated = ancestors.findIndex((ancestor, index) => ancestors.indexOf(ancestor) < index);
      if (repeated !== -1) throw stop('refers to itself', path.slice(0, repeated));
      throw stop(`is nested more than ${limits.maxDepth} levels deep`);
    }
    ancestors.push(value);
    const copied = read('checking whether it is an array', () => Array.isArray(value)) ? copyArray(value as unknown[], depth) : copyRecord(value as Record<string, unknown>, depth);
    ancestors.pop();
    return copied;
  }

  function copyArray(array: unknown[], depth: number): unknown[] {
    const length: unknown = read('its length', () => array.length);
    if (typeof length !== 'number' || !Number.isSafeInteger(length) || length < 0) {
      throw stop('cannot be read: its length is not a whole number');
    }
    if (length > limits.maxValues - values) throw tooLarge(`${grouped(limits.maxValues)} values`);
    const items: unknown[] = [];
    for (let index = 0; index < length; index += 1) {
      path.push(index);
      items.push(copy(read('reading it', () => array[index]), depth + 1));
      path.pop();
    }
    return items;
  }

  function copyRecord(record: Record<string, unknown>, depth: number): Record<string, unknown> {
    const keys = read('listing its fields', () => Object.keys(record));
    const plain = Object.create(inheritsNothing) as Record<string, unknown>;
    for (const key of keys) {
      path.push(key);
      plain[key] = copy(read('its getter', () => record[key]), depth + 1);
      path.pop();
    }
    return plain;
  }

  try {
    return { success: true, value: copy(input, 0) };
  } catch (problem) {
    if (problem instanceof Stop) return { success: false, path: problem.path, problem: problem.problem };
    // The engine's own limits (a stack overflow): reported like the data's.
    return { success: false, path: [], problem: `cannot be read: ${describeError(problem)}` };
  }
}
