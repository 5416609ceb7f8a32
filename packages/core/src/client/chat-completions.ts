import { randomBytes } from 'node:crypto';
import type { JsonConversation } from '../chunks/json-conversation.js';
import type { ResponseChunk } from '../chunks/response-chunk.js';
import { TimeoutError } from '../errors/timeout-error.js';
import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import type { GenerateOptions } from '../provider/generate-options.js';
import { type Message, messageText } from '../provider/message.js';
import { parseProviderOptions } from '../provider/parse-provider-options.js';
import { createDeadline } from '../signal/create-deadline.js';
import { definedOnly } from '../util/defined-only.js';
import type { ChatCompletion, ChatCompletionChunk, CompletionUsage } from './chat-completion-types.js';
import type { ClientContext } from './client-context.js';
import { type ChatCompletionParams, chatCompletionParamsSchema } from './client-params.js';

type ValidParams = ReturnType<typeof chatCompletionParamsSchema.parse>;

/** `client.chat.completions`: OpenAI-shaped chat over any provider. */
export class ChatCompletions {
  constructor(private readonly context: ClientContext) {}

  create(params: ChatCompletionParams & { stream: true }): Promise<AsyncIterable<ChatCompletionChunk>>;
  create(params: ChatCompletionParams & { stream?: false }): Promise<ChatCompletion>;
  create(params: ChatCompletionParams): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>>;
  async create(params: ChatCompletionParams): Promise<ChatCompletion | AsyncIterable<ChatCompletionChunk>> {
    const valid = parseProviderOptions(chatCompletionParamsSchema, params);
    const provider = this.context.resolveProvider(valid.provider);
    if (valid.stream) return this.stream(provider, valid);
    let content = '';
    let reasoning = '';
    let last: ChatCompletionChunk | undefined;
    for await (const chunk of this.stream(provider, valid)) {
      const delta = chunk.choices[0]?.delta;
      content += delta?.content ?? '';
      reasoning += delta?.reasoning ?? '';
      last = chunk;
    }
    return {
      id: last?.id ?? completionId(),
      object: 'chat.completion',
      created: last?.created ?? Math.floor(Date.now() / 1000),
      model: last?.model ?? valid.model ?? '',
      provider: last?.provider ?? provider.name,
      choices: [
        {
          index: 0,
          message: { role: 'assistant', content, ...(reasoning ? { reasoning } : {}) },
          finish_reason: last?.choices[0]?.finish_reason ?? 'stop',
        },
      ],
      usage: last?.usage ?? estimateUsage(valid.messages, content),
      ...(last?.conversation ? { conversation: last.conversation } : {}),
    };
  }

  private async *stream(provider: AsyncGeneratorProvider, valid: ValidParams): AsyncGenerator<ChatCompletionChunk> {
    const timeoutMs = valid.timeoutMs ?? this.context.config.timeoutMs;
    const deadline = createDeadline(timeoutMs, valid.signal);
    const id = completionId();
    const created = Math.floor(Date.now() / 1000);
    let model = valid.model ?? '';
    let providerName = provider.name;
    let content = '';
    let usage: CompletionUsage | undefined;
    let finishReason = 'stop';
    let conversation: JsonConversation | undefined;
    const chunkOf = (delta: ChatCompletionChunk['choices'][number]['delta']): ChatCompletionChunk => ({
      id,
      object: 'chat.completion.chunk',
      created,
      model,
      provider: providerName,
      choices: [{ index: 0, delta, finish_reason: null }],
    });
    const options: GenerateOptions = {
      outputKind: 'text',
      stream: true,
      signal: deadline.signal,
      timeoutMs,
      requestTimeoutMs: this.context.config.requestTimeoutMs,
      ...definedOnly({
        proxy: valid.proxy ?? this.context.config.proxy,
        apiKey: valid.apiKey,
        conversation: valid.conversation,
        providerOptions: valid.providerOptions,
      }),
    };
    try {
      let first = true;
      for await (const chunk of provider.createAsyncGenerator(model, valid.messages, options)) {
        valid.onChunk?.(chunk);
        const delta = toDelta(chunk);
        if (typeof chunk !== 'string') {
          if (chunk.type === 'provider-info') [providerName, model] = [chunk.name, chunk.model];
          else if (chunk.type === 'usage') usage = toUsage(chunk);
          else if (chunk.type === 'finish') finishReason = chunk.reason;
          else if (chunk.type === 'conversation') conversation = chunk;
        }
        if (!delta) continue;
        content += delta.content ?? '';
        yield chunkOf(first ? { role: 'assistant', ...delta } : delta);
        first = false;
      }
      yield {
        ...chunkOf({}),
        choices: [{ index: 0, delta: {}, finish_reason: finishReason }],
        usage: usage ?? estimateUsage(valid.messages, content),
        ...(conversation ? { conversation } : {}),
      };
    } catch (error) {
      if (deadline.expired && !TimeoutError.isInstance(error)) throw deadline.signal.reason;
      throw error;
    } finally {
      deadline.dispose();
    }
  }
}

function toDelta(chunk: ResponseChunk): { content?: string; reasoning?: string } | undefined {
  if (typeof chunk === 'string') return chunk === '' ? undefined : { content: chunk };
  if (chunk.type === 'image') {
    return { content: chunk.urls.map((url) => `![${chunk.alt.replace(/[[\]]/g, '')}](${url})`).join('\n') };
  }
  if (chunk.type === 'reasoning' && chunk.token !== undefined) return { reasoning: chunk.token };
  return undefined;
}

function toUsage(usage: { promptTokens: number; completionTokens: number; totalTokens: number }): CompletionUsage {
  return {
    prompt_tokens: usage.promptTokens,
    completion_tokens: usage.completionTokens,
    total_tokens: usage.totalTokens,
  };
}

/** A rough count (4 characters a token) for upstreams that report none. */
function estimateUsage(messages: readonly Message[], content: string): CompletionUsage {
  const promptChars = messages.reduce((sum, message) => sum + messageText(message).length, 0);
  const prompt = Math.ceil(promptChars / 4);
  const completion = Math.ceil(content.length / 4);
  return { prompt_tokens: prompt, completion_tokens: completion, total_tokens: prompt + completion };
}

function completionId(): string {
  return `chatcmpl-${randomBytes(14).toString('hex')}`;
}
