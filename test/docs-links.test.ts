/**
 * The documentation's links lead somewhere: every relative link in README.md and the pages of docs/ points at a file of
 * the repository that exists and, with a `#`, at a heading of that page, named as GitHub names its anchors. Every page
 * of docs/ is linked from the README. Reads the files as the test server serves them from the repository.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface Link {
  /** The page the link is on, as a path from the repository's root. */
  readonly page: string;
  readonly target: string;
}

/** The text of a page with its fenced code blocks and code spans blanked out: what is in them is not a link. */
function prose(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/(`+)[\s\S]*?\1/g, '``');
}

/** The targets of a page's links: inline links and images, and reference definitions. */
function linkTargets(markdown: string): string[] {
  const text = prose(markdown);
  const inline = Array.from(text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g), ([, target]) => target!);
  const definitions = Array.from(text.matchAll(/^ {0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm), ([, target]) => target!);
  return [...inline, ...definitions];
}

/** A heading's anchor as GitHub makes it: its text lower-cased, punctuation dropped, each space a hyphen. */
function slug(heading: string): string {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '')
    .replace(/ /g, '-');
}

/** The anchors of a page's headings, a second heading with the same anchor getting `-1`, a third `-2`, as on GitHub. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const result = new Set<string>();
  const withoutCode = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  for (const [, text] of withoutCode.matchAll(/^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$/gm)) {
    const base = slug(text!);
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    result.add(count === 0 ? base : `${base}-${count}`);
  }
  return result;
}

/** The repository path `target` points at from `page`, or undefined when it leaves the repository. */
function resolvePath(page: string, path: string): string | undefined {
  const parts = page.split('/').slice(0, -1);
  for (const part of decodeURIComponent(path).split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined;
      parts.pop();
    } else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

/**
 * What is wrong with the relative links of `pages` (path → text), each problem as "page: target: what". `read` gives the
 * text of any other file of the repository, or undefined when there is none.
 */
async function brokenLinks(pages: ReadonlyMap<string, string>, read: (path: string) => Promise<string | undefined>): Promise<string[]> {
  const problems: string[] = [];
  const files = new Map<string, Promise<string | undefined>>();
  const text = (path: string) => (pages.has(path) ? Promise.resolve(pages.get(path)) : files.get(path) ?? files.set(path, read(path)).get(path)!);
  const links: Link[] = [...pages].flatMap(([page, markdown]) => linkTargets(markdown).map((target) => ({ page, target })));
  for (const { page, target } of links) {
    // An address with a scheme (https:, mailto:) or a host (//…) is not a file of the repository.
    if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(target)) continue;
    const [path = '', anchor] = target.split('#', 2) as [string, string | undefined];
    if (path.startsWith('/')) {
      problems.push(`${page}: ${target}: a link from the root of the site, which is not the repository's root on every host`);
      continue;
    }
    const file = path === '' ? page : resolvePath(page, path);
    if (file === undefined) {
      problems.push(`${page}: ${target}: leads out of the repository`);
      continue;
    }
    const content = await text(file);
    if (content === undefined) {
      problems.push(`${page}: ${target}: no file ${file}`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!file.endsWith('.md')) {
      problems.push(`${page}: ${target}: an anchor into a file that is not a Markdown page`);
    } else if (!anchors(content).has(decodeURIComponent(anchor))) {
      problems.push(`${page}: ${target}: ${file} has no heading whose anchor is #${anchor}`);
    }
  }
  return problems;
}

/** A file of the repository as the test server serves it, or undefined when there is none. */
async function fetchFile(path: string): Promise<string | undefined> {
  const response = await fetch(`/${path.split('/').map(encodeURIComponent).join('/')}`);
  return response.ok ? response.text() : undefined;
}

describe('the links of README.md and docs/', () => {
  let pages: Map<string, string>;

  before(async () => {
    const paths = await executeServerCommand<string[], undefined>('documentation-pages');
    pages = new Map();
    for (const path of paths ?? []) {
      const text = await fetchFile(path);
      expect(text, `${path} is listed but not served`).to.be.a('string');
      pages.set(path, text!);
    }
  });

  it('finds the README and pages in docs/, with links in them', () => {
    expect([...pages.keys()]).to.include('README.md');
    expect([...pages.keys()].filter((path) => path.startsWith('docs/'))).to.have.length.above(1);
    expect(linkTargets(pages.get('README.md')!)).to.have.length.above(1);
  });

  it('point at files that exist, and at headings that exist', async () => {
    expect(await brokenLinks(pages, fetchFile)).to.deep.equal([]);
  });

  it('include a link from the README to every page of docs/', () => {
    const linked = new Set(
      linkTargets(pages.get('README.md')!)
        .map((target) => resolvePath('README.md', target.split('#')[0]!))
        .filter((path) => path !== undefined),
    );
    expect([...pages.keys()].filter((path) => path.startsWith('docs/') && !linked.has(path))).to.deep.equal([]);
  });

  it('would notice a missing file, a missing heading and a link out of the repository', async () => {
    const page = [
      '# A page',
      '',
      '## Configure once: `<mdma-widgets-provider>`',
      '',
      'Fine: [here](#configure-once-mdma-widgets-provider), [the page](../README.md), [a site](https://example.org/x#y).',
      'Broken: [gone](missing.md), [no heading](#nowhere), [elsewhere](../README.md#nowhere), [out](../../outside.md).',
      '',
      '```md',
      '[in code](not-checked.md)',
      '```',
    ].join('\n');
    // Only the README is read from the server: the missing file is missing here without asking it for one.
    const read = (path: string) => (path === 'README.md' ? fetchFile(path) : Promise.resolve(undefined));
    const problems = await brokenLinks(new Map([['docs/sample.md', page]]), read);
    expect(problems).to.deep.equal([
      'docs/sample.md: missing.md: no file docs/missing.md',
      'docs/sample.md: #nowhere: docs/sample.md has no heading whose anchor is #nowhere',
      'docs/sample.md: ../README.md#nowhere: README.md has no heading whose anchor is #nowhere',
      'docs/sample.md: ../../outside.md: leads out of the repository',
    ]);
  });

  it('names anchors as GitHub does', () => {
    const page = [
      '# Embedding',
      '## Pre-rendered: the content before the script',
      '## `prerender()` in Node',
      '## `<mdma-faq>`',
      '## Headings, keys, zoom and names',
      '## Theming',
      '## Theming',
      '```sh',
      '# not a heading',
      '```',
    ].join('\n');
    expect([...anchors(page)]).to.deep.equal([
      'embedding',
      'pre-rendered-the-content-before-the-script',
      'prerender-in-node',
      'mdma-faq',
      'headings-keys-zoom-and-names',
      'theming',
      'theming-1',
    ]);
  });
});
