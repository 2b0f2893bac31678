// Loaded by every test page before the test framework. A failed assertion carries the values it compared, and the test
// runner copies the results with structuredClone to send them; an element (or anything else that cannot be copied)
// among those values made the copy throw, and the page never reported its results: the run waited for its time-out
// instead of failing at once. The runner's messages are copied with such values written as text instead.
(() => {
  const clone = globalThis.structuredClone;
  if (typeof clone !== 'function') return;

  /** `value` with what cannot be copied written as text: an element as its start tag, a function as its name. */
  const copyable = (value, seen) => {
    if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
    if (typeof value === 'symbol' || typeof value === 'bigint') return String(value);
    if (typeof value !== 'object' || value === null) return value;
    if (typeof Node === 'function' && value instanceof Node) {
      const tag = value instanceof Element ? value.outerHTML.slice(0, value.outerHTML.indexOf('>') + 1) : value.nodeName;
      return `[${value.constructor.name} ${tag}]`;
    }
    if (seen.has(value)) return '[Circular]';
    seen.add(value);
    try {
      clone(value);
      return value;
    } catch {
      if (Array.isArray(value)) return value.map((item) => copyable(item, seen));
      return Object.fromEntries(Object.keys(value).map((key) => [key, copyable(value[key], seen)]));
    } finally {
      seen.delete(value);
    }
  };

  globalThis.structuredClone = function structuredClone(value, options) {
    try {
      return clone(value, options);
    } catch (error) {
      // Only the runner's own messages ("wtr-session-finished", ...); anything else fails as it always did.
      const isRunnerMessage = typeof value?.type === 'string' && value.type.startsWith('wtr-');
      if (!isRunnerMessage || error?.name !== 'DataCloneError') throw error;
      return clone(copyable(value, new Set()), options);
    }
  };
})();
