import { Readable } from 'node:stream';
import type { ChatCompletionParams } from '@g4f-kit/core';
import { definedOnly } from '@g4f-kit/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { errorToOpenAI } from '../error-to-openai.js';
import { parseBody } from '../parse-body.js';
import type { RouteContext } from '../route-context.js';
import { chatRequestSchema } from './chat-request-schema.js';
import { toOpenAICompletion } from './openai-chat-shape.js';
import { sseFrames } from './sse-frames.js';

/**
 * `POST /v1/chat/completions` and `POST /api/:provider/chat/completions` (the
 * path's provider wins over the body's). With `stream: true` the answer is
 * server-sent events; the first chunk is awaited before the headers go out,
 * so a failure before any output still gets its proper HTTP status.
 */
export function registerChatRoutes(server: FastifyInstance, context: RouteContext): void {
  server.post('/v1/chat/completions', (request, reply) => complete(context, request, reply));
  server.post<{ Params: { provider: string } }>('/api/:provider/chat/completions', (request, reply) =>
    complete(context, request, reply, request.params.provider),
  );
}

async function complete(context: RouteContext, request: FastifyRequest, reply: FastifyReply, pinned?: string) {
  const body = parseBody(chatRequestSchema, request.body);
  const params: ChatCompletionParams = {
    messages: body.messages,
    signal: context.signalFor(reply),
    ...definedOnly({
      model: body.model,
      provider: pinned ?? body.provider,
      apiKey: body.api_key,
      conversation: body.conversation,
      providerOptions: body.provider_options,
    }),
  };
  const completions = context.runtime.client.chat.completions;
  if (!body.stream) return toOpenAICompletion(await completions.create({ ...params, stream: false }));

  const chunks = (await completions.create({ ...params, stream: true }))[Symbol.asyncIterator]();
  const first = await chunks.next();
  const onError = (error: unknown) => {
    const { status } = errorToOpenAI(error);
    request.log[status >= 500 ? 'warn' : 'info']({ err: error }, 'chat stream failed after it started');
  };
  return reply
    .header('content-type', 'text/event-stream; charset=utf-8')
    .header('cache-control', 'no-cache')
    .header('x-accel-buffering', 'no')
    .send(Readable.from(sseFrames(first, chunks, onError), { objectMode: false }));
}
