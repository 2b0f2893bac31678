// Code wrapped around the body of each classic script (rollup's `intro` and `outro`, inside its function): a page never
// gets an uncaught error from loading it, and a second copy of the same script on the page stands aside before it
// evaluates anything (before its Lit would ask Trusted Types for a second "lit-html" policy).

/** What a page that cannot run the script should change, for the one console error it gets instead. */
function explain(cause) {
  var text;
  try {
    text = String((cause && cause.message) || cause);
  } catch {
    text = 'an unprintable error';
  }
  var prefix = '[mdma-therapy-widgets] the widgets could not be loaded on this page: ';
  if (/already exists/.test(text) && /lit-html/.test(text)) {
    return (
      prefix +
      'its Trusted Types policy "lit-html" exists already (another Lit). Add \'allow-duplicates\' to trusted-types, or ' +
      'bundle mdma-therapy-widgets with your Lit. (' +
      text +
      ')'
    );
  }
  if (/createPolicy|Trusted ?Type/i.test(text)) {
    // Firefox says the same whether the name is missing from the list or already taken.
    return (
      prefix +
      'add lit-html to the trusted-types directive of its Content-Security-Policy (and \'allow-duplicates\' if the page ' +
      'has its own Lit). (' +
      text +
      ')'
    );
  }
  if (/not extensible|read.only|frozen|Cannot assign|Cannot add property/i.test(text)) {
    return (
      prefix +
      'Lit needs to add Symbol.metadata, but Symbol is frozen: load this script before lockdown() or Object.freeze(Symbol). (' +
      text +
      ')'
    );
  }
  return prefix + text;
}

/**
 * The `intro` and `outro` of the classic script `file` (`dist/mdma-widgets.js`, `dist/cdn/mdma-faq.js`, ...) of
 * `version`. Each of our scripts may share a page with the others (an element script and the all-in-one), but the same
 * script twice stands aside: the page keeps the first copy.
 */
export function loadGuard(file, version) {
  const name = JSON.stringify(file.replace(/^dist\//, ''));
  return {
    intro: [
      'try {',
      `  var loaded = (globalThis[Symbol.for("mdma-therapy-widgets/scripts")] ??= {});`,
      `  if (loaded[${name}] !== undefined) {`,
      `    console.warn("[mdma-therapy-widgets] " + ${name} + " is included more than once; the first copy (version " +`,
      '      loaded[' + name + '] + ") is used. Remove the extra script tag.");',
      '    return;',
      '  }',
      `  loaded[${name}] = ${JSON.stringify(version)};`,
    ].join('\n'),
    outro: ['} catch (cause) {', `  console.error((${explain.toString()})(cause));`, '}'].join('\n'),
  };
}
