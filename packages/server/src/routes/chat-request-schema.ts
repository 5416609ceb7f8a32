import { JsonConversation, type Message } from '@g4f-kit/core';
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) => schema.nullish().transform((value) => value ?? undefined);

const contentPart = z.discriminatedUnion('type', [
  z.looseObject({ type: z.literal('text'), text: z.string() }),
  z.looseObject({ type: z.literal('image_url'), image_url: z.looseObject({ url: z.string().min(1) }) }),
]);

const message = z
  .looseObject({
    /** OpenAI's newer `developer` role is a system message to providers. */
    role: z.enum(['system', 'developer', 'user', 'assistant', 'tool']),
    /** null for an assistant turn that only called tools. */
    content: z.union([z.string(), z.array(contentPart), z.null()]),
  })
  .transform(
    (value): Message => ({
      role: value.role === 'developer' ? 'system' : value.role,
      content:
        value.content === null
          ? ''
          : typeof value.content === 'string'
            ? value.content
            : value.content.map((part) =>
                part.type === 'text'
                  ? { type: 'text' as const, text: part.text }
                  : { type: 'image_url' as const, image_url: { url: part.image_url.url } },
              ),
    }),
  );

/**
 * `POST /v1/chat/completions`: OpenAI's body plus g4f's extras (`provider`,
 * `api_key` for the provider, `conversation` to continue a session,
 * `provider_options`). Sampling fields (`temperature`, `top_p`, ...) and any
 * other unknown field are accepted and ignored, as g4f does.
 */
export const chatRequestSchema = z.looseObject({
  messages: z
    .array(message, { error: 'messages is required and must be an array' })
    .min(1, 'messages must not be empty'),
  model: optional(z.string()),
  provider: optional(z.string()),
  stream: optional(z.boolean()),
  n: optional(z.literal(1, { error: 'only n: 1 is supported' })),
  api_key: optional(z.string().min(1)),
  conversation: optional(z.record(z.string(), z.unknown()).transform((data) => new JsonConversation(data))),
  provider_options: optional(z.record(z.string(), z.unknown())),
});

export type ChatRequest = z.output<typeof chatRequestSchema>;
