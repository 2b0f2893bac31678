// Custom elements manifest (custom-elements.json): the one description of each element's public API, read by Storybook,
// editors (through dist/vscode.html-custom-data.json) and the README reference, all written by scripts/manifest.js.
// Run as part of `npm run build`: `cem analyze --litelement`.

/** Our elements register with `defineElement('tag', Class)` (never throwing into the host page), not customElements.define. */
function defineElementCalls() {
  return {
    name: 'mdma:define-element-calls',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isCallExpression(node) || !ts.isIdentifier(node.expression) || node.expression.text !== 'defineElement') return;
      const [tag, element] = node.arguments;
      if (!tag || !element || !ts.isStringLiteral(tag) || !ts.isIdentifier(element)) return;
      const declaration = moduleDoc.declarations?.find((candidate) => candidate.name === element.text);
      if (!declaration) return;
      declaration.customElement = true;
      declaration.tagName = tag.text;
      moduleDoc.exports ??= [];
      moduleDoc.exports.push({
        kind: 'custom-element-definition',
        name: tag.text,
        declaration: { name: element.text, module: moduleDoc.path },
      });
    },
  };
}

/** Keeps the manifest to the public API: private and protected members are implementation, not documentation. */
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
