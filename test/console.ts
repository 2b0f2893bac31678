/** Test helpers that record what the library logs, so tests can check its console messages. */

export interface RecordedConsole {
  readonly warnings: string[];
  readonly errors: string[];
  /** Puts the real console.warn and console.error back. */
  restore(): void;
}

/** Records console warnings and errors from now until `restore()`. */
export function recordConsole(): RecordedConsole {
  const warnings: string[] = [];
  const errors: string[] = [];
  const { warn, error } = console;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  console.error = (...args: unknown[]) => errors.push(args.map(String).join(' '));
  return {
    warnings,
    errors,
    restore() {
      console.warn = warn;
      console.error = error;
    },
  };
}

/** Runs `action` and returns the console warnings and errors it logged. */
export async function consoleDuring(action: () => unknown): Promise<{ warnings: string[]; errors: string[] }> {
  const recorded = recordConsole();
  try {
    await action();
  } finally {
    recorded.restore();
  }
  return { warnings: recorded.warnings, errors: recorded.errors };
}
