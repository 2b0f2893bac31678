/**
 * The browser side of @web/test-runner-visual-regression. Its own declarations are not reached from TypeScript: the
 * package's entry re-exports `./browser/commands.mjs`, whose declarations are in `commands.d.ts`, not `commands.d.mts`.
 */
export {};

declare module '@web/test-runner-visual-regression' {
  /** Compares a screenshot of `element` with the baseline named `name`; rejects when they differ. */
  export function visualDiff(element: Node, name: string): Promise<void>;
}
