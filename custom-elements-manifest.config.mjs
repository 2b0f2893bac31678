// Custom elements manifest (custom-elements.json): the one description of each element's public API, read by Storybook,
// editors (through dist/vscode.html-custom-data.json) and the element reference (docs/reference.md), all written by
// scripts/manifest.js. Run as part of `npm run build`: `cem analyze --litelement`.
import { resolve } from 'node:path';
import ts from 'typescript';

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

/**
 * Enumerated attributes are typed with aliases (`theme?: Theme`), which tell a reader nothing: where an alias stands
 * for literals only, the manifest shows the literals (`'light' | 'dark' | 'auto'`), so the element reference and the
 * editors' value suggestions name the values. Other types (`FaqData`, `string[]`) keep the names they are exported as.
 */
function readableTypes() {
  const format = ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType | ts.TypeFormatFlags.NoTruncation;
  return {
    name: 'mdma:readable-types',
    packageLinkPhase({ customElementsManifest }) {
      const program = ts.createProgram([resolve('src/index.ts')], {
        target: ts.ScriptTarget.ES2021,
        module: ts.ModuleKind.ES2022,
        moduleResolution: ts.ModuleResolutionKind.Bundler,
        experimentalDecorators: true,
        strict: true,
        skipLibCheck: true,
        noEmit: true,
      });
      const checker = program.getTypeChecker();

      /** The property `name` as declared in the class `className` of the module at `path`. */
      const propertyDeclaration = (path, className, name) => {
        const classDeclaration = program
          .getSourceFile(resolve(path))
          ?.statements.find((statement) => ts.isClassDeclaration(statement) && statement.name?.text === className);
        return classDeclaration?.members.find(
          (member) => ts.isPropertyDeclaration(member) && ts.isIdentifier(member.name) && member.name.text === name,
        );
      };

      /**
       * The literals of an alias written as a union of literals, in the order written: the checker's own order follows
       * the order in which it first met each literal, which can change from one build to the next.
       */
      const writtenLiterals = (node) => {
        const symbol = checker.getSymbolAtLocation(node.typeName);
        const alias = symbol && (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);
        const declared = alias?.declarations?.find(ts.isTypeAliasDeclaration)?.type;
        const members = declared && ts.isUnionTypeNode(declared) ? declared.types : [];
        if (members.length === 0 || !members.every((member) => ts.isLiteralTypeNode(member) && ts.isStringLiteral(member.literal))) {
          return undefined;
        }
        return members.map((member) => `'${member.literal.text}'`);
      };

      const readable = (declaration) => {
        const written = ts.isUnionTypeNode(declaration.type) ? declaration.type.types : [declaration.type];
        const parts = written.flatMap((node) => {
          const literals = ts.isTypeReferenceNode(node) ? writtenLiterals(node) : undefined;
          if (literals) return literals;
          const type = ts.isTypeReferenceNode(node) ? checker.getTypeFromTypeNode(node) : undefined;
          const members = type?.isUnion() ? type.types : type ? [type] : [];
          if (members.length > 0 && members.every((member) => member.isLiteral())) {
            return members.map((member) => checker.typeToString(member, undefined, format));
          }
          return [node.getText()];
        });
        if (declaration.questionToken) parts.push('undefined');
        return [...new Set(parts)].join(' | ');
      };

      for (const module of customElementsManifest.modules) {
        for (const element of module.declarations ?? []) {
          if (!element.customElement) continue;
          const texts = new Map();
          for (const member of element.members ?? []) {
            if (member.kind !== 'field' || !member.type) continue;
            const origin = member.inheritedFrom ?? { name: element.name, module: module.path };
            const declaration = propertyDeclaration(origin.module, origin.name, member.name);
            if (!declaration?.type) continue;
            member.type.text = readable(declaration);
            texts.set(member.name, member.type.text);
          }
          for (const attribute of element.attributes ?? []) {
            if (attribute.type && texts.has(attribute.fieldName)) attribute.type.text = texts.get(attribute.fieldName);
          }
        }
      }
    },
  };
}

export default {
  // The manifest describes the elements: their classes, the base class they inherit `theme` from, and the modules that
  // register them. Not the bundled content (src/data, typed in the package's declarations), the internals and pure
  // logic, the React components or the framework typings.
  globs: ['src/index.ts', 'src/elements.ts', 'src/define.ts', 'src/ssr.ts', 'src/components/*/*.ts', 'src/internal/element/widget-element.ts'],
  exclude: [
    'src/**/*.test.ts',
    'src/**/*.styles.ts',
    'src/**/*.markup.ts',
    'src/components/study-table/study-rows.ts',
    'src/components/session-timeline/course.ts',
  ],
  outdir: '.',
  litelement: true,
  // package.json already names custom-elements.json; the analyzer must not rewrite it.
  packagejson: false,
  dependencies: false,
  plugins: [defineElementCalls(), publicApiOnly(), readableTypes()],
};
