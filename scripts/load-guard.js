// Code wrapped around the body of the classic script `dist/mdma-widgets.js` (rollup's `intro` and `outro`, inside
// its function): a page never gets an uncaught error from loading it, and a second copy on the same page stands aside
// before it evaluates anything (before its Lit would ask Trusted Types for a second "lit-html" policy, and before it
// could replace `MdmaWidgets` with classes that are not the registered ones).

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
      'it already has a Trusted Types policy named "lit-html" (another copy of Lit), and its Content-Security-Policy ' +
      "allows only one. Add 'allow-duplicates' to the trusted-types directive (trusted-types lit-html " +
      "'allow-duplicates'), or import mdma-therapy-widgets through the bundler that builds your Lit, so that both share one. (" +
      text +
      ')'
    );
  }
  if (/createPolicy|Trusted ?Type/i.test(text)) {
    // Firefox says the same whether the name is missing from the list or already taken.
    return (
      prefix +
      'its Content-Security-Policy does not allow the Trusted Types policy "lit-html" that they need. Add lit-html to the ' +
      "trusted-types directive, next to the names already there; if the page uses Lit itself (and so has a lit-html policy " +
      "already), add 'allow-duplicates' too, or import mdma-therapy-widgets through the bundler that builds your Lit. (" +
      text +
      ')'
    );
  }
  if (/not extensible|read.only|frozen|Cannot assign|Cannot add property/i.test(text)) {
    return (
      prefix +
      'a built-in object was frozen before the script ran, and Lit needs to add Symbol.metadata to Symbol. Load ' +
      'this script before the page freezes its built-ins (before lockdown() or Object.freeze(Symbol)). (' +
      text +
      ')'
    );
  }
  return prefix + text;
}

export const loadGuard = {
  intro: [
    'if (exports.version !== undefined) {',
    '  console.warn("[mdma-therapy-widgets] this script is included more than once on this page: mdma-therapy-widgets " +',
    '    exports.version + " is already loaded, and that first copy is used. Remove the extra script tag.");',
    '  return;',
    '}',
    'try {',
  ].join('\n'),
  outro: ['} catch (cause) {', `  console.error((${explain.toString()})(cause));`, '}'].join('\n'),
};
