import type { ChildReply } from './child-protocol.js';

/**
 * The child side of a scenario run: waits for its input over IPC, runs
 * `main`, sends the result (or the error) back and exits.
 */
export function runChild<I, R>(main: (input: I) => Promise<R>): void {
  if (!process.send) throw new Error('A bench child must be started with an IPC channel');
  process.once('message', (input: I) => {
    main(input).then(
      (result) => reply({ type: 'result', result }),
      (error: unknown) =>
        reply({
          type: 'error',
          message: error instanceof Error ? error.message : String(error),
          ...(error instanceof Error && error.stack ? { stack: error.stack } : {}),
        }),
    );
  });
}

function reply<R>(message: ChildReply<R>): void {
  process.send?.(message, () => {
    process.disconnect();
    // Sockets left in keep-alive must not hold the child up.
    setTimeout(() => process.exit(0), 50).unref();
  });
}
