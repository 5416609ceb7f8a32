import { AbortError } from '@g4f-kit/core';
import type { FastifyReply } from 'fastify';

/**
 * An AbortController that fires when the client goes away before its response
 * finished: the response's `close` event without `writableFinished`. Its
 * signal is handed to the provider call, so the upstream request, poll or
 * stream read stops as soon as nobody is waiting for the answer.
 */
export function clientDisconnectController(reply: FastifyReply): AbortController {
  const controller = new AbortController();
  const response = reply.raw;
  const onClose = () => {
    if (!response.writableFinished) controller.abort(new AbortError('The client disconnected'));
  };
  if (response.closed || response.destroyed) onClose();
  else response.once('close', onClose);
  return controller;
}
