/**
 * The documentation cannot drift from the elements: every attribute an element actually observes is in
 * custom-elements.json, in the editors' data and in the element reference (docs/reference.md), and nothing documented is
 * missing from the element. Reads the files `npm run build` wrote.
 */
import { expect } from '@open-wc/testing';
import '../src/index.js';
import { widgets } from '../src/define.js';

interface Described {
  readonly name: string;
}

interface ManifestElement {
  readonly tagName?: string;
  readonly customElement?: boolean;
  readonly summary?: string;
  readonly attributes?: readonly Described[];
  readonly events?: readonly Described[];
  readonly slots?: readonly Described[];
  readonly cssParts?: readonly Described[];
  readonly cssProperties?: readonly Described[];
}

interface Manifest {
  readonly modules: readonly { readonly declarations?: readonly ManifestElement[] }[];
}

interface HtmlCustomData {
  readonly tags: readonly { readonly name: string; readonly attributes: readonly Described[] }[];
}

/** Every element the library defines: the four widgets and the provider that configures them. */
const libraryTags = Object.keys(widgets);

async function fetchText(path: string): Promise<string> {
  const response = await fetch(path);
  expect(response.ok, `${path} is missing: run npm run build`).to.equal(true);
  return response.text();
}

/** The reference page's generated part: only what lies between its markers. */
function referenceSection(page: string): string {
  const start = page.indexOf('<!-- reference:start -->');
  const end = page.indexOf('<!-- reference:end -->');
  expect(start, 'docs/reference.md has no <!-- reference:start --> marker').to.be.greaterThan(-1);
  expect(end, 'docs/reference.md has no <!-- reference:end --> after the start marker').to.be.greaterThan(start);
  return page.slice(start, end);
}

/** One element's part of the reference: from its `## \`<tag>\`` heading to the next heading of that level. */
function elementSection(reference: string, tag: string): string {
  const heading = `## \`<${tag}>\``;
  const start = reference.indexOf(heading);
  expect(start, `the reference has no section ${heading}`).to.be.greaterThan(-1);
  const next = reference.indexOf('\n## ', start + heading.length);
  return reference.slice(start, next === -1 ? undefined : next);
}

/** The names in the first column of the table under `**<title>**` in an element's section (code spans unwrapped). */
function tableNames(section: string, title: string): string[] {
  const lines = section.split('\n');
  const start = lines.findIndex((line) => line.startsWith(`**${title}**`));
  if (start === -1) return [];
  const names: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith('**')) break;
    const name = /^\| `([^`]+)` \|/.exec(line)?.[1];
    if (name) names.push(name);
  }
  return names;
}

function observedAttributes(tag: string): string[] {
  const element = customElements.get(tag) as (CustomElementConstructor & { observedAttributes?: string[] }) | undefined;
  expect(element, `<${tag}> is not registered`).to.be.a('function');
  return [...(element!.observedAttributes ?? [])];
}

describe('custom-elements.json, the editor data and the element reference', () => {
  let elements: Map<string, ManifestElement>;
  let reference: string;
  let editorData: HtmlCustomData;

  before(async () => {
    const manifest = JSON.parse(await fetchText('/custom-elements.json')) as Manifest;
    elements = new Map(
      manifest.modules
        .flatMap((module) => module.declarations ?? [])
        .filter((declaration) => declaration.customElement && declaration.tagName)
        .map((declaration) => [declaration.tagName!, declaration]),
    );
    reference = referenceSection(await fetchText('/docs/reference.md'));
    editorData = JSON.parse(await fetchText('/dist/vscode.html-custom-data.json')) as HtmlCustomData;
  });

  it('describes exactly the elements the library defines', () => {
    expect([...elements.keys()]).to.have.members(libraryTags);
    expect(editorData.tags.map((tag) => tag.name)).to.have.members(libraryTags);
  });

  for (const tag of libraryTags) {
    describe(`<${tag}>`, () => {
      it('has a summary', () => {
        expect(elements.get(tag)?.summary?.trim(), 'JSDoc @summary').to.be.a('string').that.has.length.above(0);
      });

      it('lists every attribute the element observes in custom-elements.json, and no other', () => {
        const documented = (elements.get(tag)?.attributes ?? []).map((attribute) => attribute.name);
        expect(documented).to.have.members(observedAttributes(tag));
      });

      it('offers every attribute to editors', () => {
        const offered = editorData.tags.find((entry) => entry.name === tag)?.attributes.map((attribute) => attribute.name);
        expect(offered).to.have.members(observedAttributes(tag));
      });

      it('lists every attribute in the reference', () => {
        const section = elementSection(reference, tag);
        expect(tableNames(section, 'Attributes')).to.have.members(observedAttributes(tag));
      });

      it('lists its events, named slots, parts and custom properties in the reference', () => {
        const element = elements.get(tag)!;
        const section = elementSection(reference, tag);
        const names = (entries: readonly Described[] | undefined) => (entries ?? []).map((entry) => entry.name);
        expect(tableNames(section, 'Events'), 'events').to.have.members(names(element.events));
        expect(tableNames(section, 'Slots'), 'named slots').to.have.members(
          names(element.slots).filter((name) => name !== ''),
        );
        expect(tableNames(section, 'Parts'), 'parts').to.have.members(names(element.cssParts));
        expect(tableNames(section, 'CSS custom properties'), 'custom properties').to.have.members(
          names(element.cssProperties),
        );
      });
    });
  }

  it('shows usage with plain HTML, a bundler, React and Vue', () => {
    for (const words of ['plain HTML', 'bundler', 'React', 'Vue']) expect(reference).to.include(words);
  });
});
