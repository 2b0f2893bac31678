// Custom elements manifest (custom-elements.json): the one description of each element's public API, read by Storybook,
// editors (through dist/vscode.html-custom-data.json) and the README reference, all written by scripts/manifest.js.
// Run as part of `npm run build`: `cem analyze --litelement`.

/**
 * Our elements register with `defineElement('tag', Class)` (never throwing into the host page), not
 * customElements.define, in a small module apart from the class (`<tag>.ts` registers what `<tag>.component.ts` declares).
 */
function defineElementCalls() {
  const registrations = [];
  return {
    name: 'mdma:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      registrations.push({ tagName: tag.text, className: element.text, module: moduleDoc });
    },
    packageLinkPhase({ customElementsManifest }) {
      for (const { tagName, className, module } of registrations) {
        const declaringModule = customElementsManifest.modules.find((candidate) =>
          candidate.declarations?.some((declaration) => declaration.kind === 'class' && declaration.name === className),
        );
        const declaration = declaringModule?.declarations.find((candidate) => candidate.name === className);
        if (!declaration) continue;
        declaration.customElement = true;
        declaration.tagName = tagName;
        module.exports ??= [];
        module.exports.push({
          kind: 'custom-element-definition',
          name: tagName,
          declaration: { name: className, module: declaringModule.path },
        });
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: private and protected members are implementation, not documentation, and
 * events are the ones each element documents with `@fires` (the shared `emit` helper is not an event of its own).
 */
function publicApiOnly() {
  const isPublic = (member) => !member.privacy || member.privacy === 'public';
  const isInternal = (member) => member.name.startsWith('#') || member.name.startsWith('_');
  return {
    name: 'mdma:public-api-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          declaration.members = declaration.members?.filter((member) => isPublic(member) && !isInternal(member));
          declaration.events = declaration.events?.filter((event) => event.description);
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.styles.ts', 'src/**/*.d.ts', 'src/test/**'],
  outdir: '.',
  litelement: true,
  // package.json already names custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  dependencies: false,
  plugins: [defineElementCalls(), publicApiOnly()],
};
