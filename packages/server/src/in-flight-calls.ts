import { AbortError } from '@g4f-kit/core';
import type { FastifyReply } from 'fastify';
import { clientDisconnectController } from './client-disconnect-signal.js';

/**
 * The provider calls the server is running. Each gets a signal that aborts
 * when its client disconnects or when {@link abortAll} is called at the end of
 * a shutdown's grace period.
 */
export class InFlightCalls {
  readonly #active = new Set<AbortController>();
  #closingReason: Error | undefined;

  /** A signal for the provider call answering `reply`. */
  signalFor(reply: FastifyReply): AbortSignal {
    const controller = clientDisconnectController(reply);
    if (this.#closingReason) {
      controller.abort(this.#closingReason);
      return controller.signal;
    }
    this.#active.add(controller);
    reply.raw.once('close', () => this.#active.delete(controller));
    return controller.signal;
  }

  get size(): number {
    return this.#active.size;
  }

  /** Aborts every call in flight and any started later. */
  abortAll(reason: Error = new AbortError('The server is shutting down')): void {
    this.#closingReason = reason;
    for (const controller of this.#active) controller.abort(reason);
    this.#active.clear();
  }
}
