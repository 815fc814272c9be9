/** Bad input on the command line: `main` prints the problems to stderr and exits with code 2. */
export class UsageError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('; '));
  }
}

export function exitWithUsage(problems: string[]): never {
  throw new UsageError(problems);
}
