/** The process exit codes of `g4f-kit`. */
export const EXIT_CODES = {
  ok: 0,
  /** The command ran and failed: upstream errors, timeouts, no image produced. */
  failure: 1,
  /** Bad input: unknown flag or command, invalid value, unknown provider or model, invalid config. */
  usage: 2,
  /** Interrupted by SIGINT before it finished (128 + 2, as shells report it). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT_CODES)[keyof typeof EXIT_CODES];
