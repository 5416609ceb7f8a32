import type { FastifyReply } from 'fastify';
import type { Runtime } from './create-runtime.js';

/** What every route module receives from `buildServer()`. */
export interface RouteContext {
  runtime: Runtime;
  /** The absolute directory generated media is saved in and served from. */
  mediaDir: string;
  /** A signal that aborts when the client disconnects or the server gives up on in-flight calls. */
  signalFor(reply: FastifyReply): AbortSignal;
}
