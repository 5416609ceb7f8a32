/** Bad input on the command line (a flag, an argument): exit code 2, no stack trace needed. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
