import type { CliIo } from '../io/cli-io.js';

/** Resolves with the first SIGINT or SIGTERM. */
export function waitForSignal(io: CliIo): Promise<NodeJS.Signals> {
  return new Promise((resolve) => {
    const unsubscribe = io.onSignal((signal) => {
      unsubscribe();
      resolve(signal);
    });
  });
}

export interface SignalAbort {
  signal: AbortSignal;
  /** The signal that interrupted the command, if one did. */
  readonly received: NodeJS.Signals | undefined;
  dispose(): void;
}

/**
 * An AbortSignal that fires on the first SIGINT or SIGTERM, so a generation
 * stops its requests and polls. After that first one the handler is gone, so
 * a second Ctrl+C ends the process the usual way.
 */
export function abortOnSignal(io: CliIo): SignalAbort {
  const controller = new AbortController();
  let received: NodeJS.Signals | undefined;
  const unsubscribe = io.onSignal((signal) => {
    received = signal;
    unsubscribe();
    controller.abort();
  });
  return {
    signal: controller.signal,
    get received() {
      return received;
    },
    dispose: unsubscribe,
  };
}
