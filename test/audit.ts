/**
 * Test helpers that audit a whole host page (an iframe from `embed`) with two engines: axe-core, and IBM's Equal Access
 * engine (`accessibility-checker-engine`). Each engine's script is injected into the page under test, as a browser
 * extension would, and runs on the page's document, shadow roots included.
 */
import type { EmbeddedPage } from './embed.js';

/**
 * IBM rules judged false positives for these widgets, each with the reason; only these are skipped.
 * (None so far: every rule that reports a violation is a defect to fix.)
 */
export const ibmFalsePositives: Readonly<Record<string, string>> = {};

interface AxeResults {
  violations: Array<{ id: string; help: string; nodes: Array<{ target: unknown[] }> }>;
}

interface IbmResult {
  ruleId: string;
  reasonId: string;
  value: [string, string];
  message: string;
  snippet: string;
  path: { dom: string };
}

type AuditedWindow = Window & {
  axe?: { run(context: Document, options?: object): Promise<AxeResults> };
  ace?: { Checker: new () => { check(context: Document, rulesets: string[]): Promise<{ results: IbmResult[] }> } };
};

/** Adds a script to the page under test once, and waits for it. */
async function inject(page: EmbeddedPage, src: string, global: 'axe' | 'ace'): Promise<void> {
  if ((page.window as AuditedWindow)[global]) return;
  const script = page.document.createElement('script');
  script.src = src;
  await new Promise((resolve, reject) => {
    script.addEventListener('load', resolve, { once: true });
    script.addEventListener('error', () => reject(new Error(`could not load ${src}`)), { once: true });
    page.document.head.append(script);
  });
}

/** What axe-core finds on the page, every rule (best practices such as heading-order and landmark-unique included). */
export async function axeViolations(page: EmbeddedPage): Promise<string[]> {
  await inject(page, '/node_modules/axe-core/axe.min.js', 'axe');
  const results = await (page.window as AuditedWindow).axe!.run(page.document, { resultTypes: ['violations'] });
  return results.violations.map(
    (violation) => `${violation.id} (${violation.help}): ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
}

/**
 * What IBM Equal Access finds on the page with its IBM_Accessibility rule set, as violations (its level "Violation": a
 * failure, not a result that needs review), apart from the rules in `ibmFalsePositives`.
 */
export async function ibmViolations(page: EmbeddedPage): Promise<string[]> {
  await inject(page, '/node_modules/accessibility-checker-engine/ace.js', 'ace');
  const checker = new (page.window as AuditedWindow).ace!.Checker();
  const report = await checker.check(page.document, ['IBM_Accessibility']);
  return report.results
    .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
    .filter((result) => !Object.hasOwn(ibmFalsePositives, result.ruleId))
    .map((result) => `${result.ruleId}/${result.reasonId} (${result.message}) at ${result.path.dom}: ${result.snippet}`);
}
