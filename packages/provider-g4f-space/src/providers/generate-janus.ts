import { ImageResponse, type Message, type ResponseChunk, ResponseError } from '@g4f-kit/core';
import { extractImageUrls } from '../gradio/extract-image-urls.js';
import type { GradioFileData } from '../gradio/gradio-file-data.js';
import { GradioStatusReporter } from '../gradio/gradio-status-reporter.js';
import { newSessionHash } from '../gradio/session-hash.js';
import { TextDeltaTracker } from '../gradio/text-delta-tracker.js';
import { loadMedia } from '../media/load-media.js';
import { pickLastImage } from '../media/pick-last-image.js';
import { formatPrompt, lastUserMessages } from '../prompt/format-prompt.js';
import type { SpaceServices } from '../services/space-services.js';
import { credentialsFromApiKey, type ZeroGpuCredentials } from '../zerogpu/zero-gpu-credentials.js';
import { readJanusSession, toJanusConversation } from './janus-session.js';
import { randomSeed } from './random-seed.js';
import { requirePrompt } from './require-prompt.js';
import { type SpaceCall, startSpaceCall } from './space-call.js';
import type { SpaceOptions } from './space-options-schema.js';

/** Janus-Pro-7B's `multimodal_understanding` (chat and vision). */
export const JANUS_CHAT_ENDPOINT = { fnIndex: 2, triggerId: 10 } as const;
/** Janus-Pro-7B's `generate_image`. */
export const JANUS_IMAGE_ENDPOINT = { fnIndex: 3, triggerId: 20 } as const;
const TOP_P = 0.95;
const TEMPERATURE = 0.1;
const CFG_WEIGHT = 5;
const IMAGE_TEMPERATURE = 1;

export interface JanusTarget {
  /** Hugging Face Space id, e.g. `deepseek-ai/Janus-Pro-7B`. */
  space: string;
  providerName: string;
  /** Drawing instead of answering. */
  image: boolean;
}

/**
 * One Janus-Pro-7B turn over the Gradio queue. Yields the JsonConversation
 * first (session_hash, zerogpu_token, zerogpu_uuid); passing it back as
 * `options.conversation` continues the same session with the same token.
 *
 * Chat: `[image FileData | null, prompt, seed, 0.95, 0.1]`, the answer
 * streamed as text deltas (g4f waits for the end); the prompt is the whole
 * history in a new session and the last user message(s) in a kept one.
 * Image: `[prompt, seed, 5, 1]`, the gallery as one ImageResponse.
 */
export async function* generateJanus(
  services: SpaceServices,
  target: JanusTarget,
  messages: readonly Message[],
  options: SpaceOptions,
): AsyncGenerator<ResponseChunk, void, undefined> {
  const previous = readJanusSession(options.conversation);
  const prompt = requirePrompt(
    options.prompt ?? (previous === undefined ? formatPrompt(messages) : lastUserMessages(messages)),
    target.providerName,
  );
  const seed = options.seed ?? randomSeed(1000, 999_999);
  const call = startSpaceCall(services, target.providerName, options);
  let credentials: ZeroGpuCredentials | undefined;
  try {
    const spaceUrl = services.settings.spaceUrl(target.space);
    const sessionHash = previous?.sessionHash ?? newSessionHash();
    const reused = previous?.credentials;
    credentials =
      options.apiKey !== undefined
        ? { ...credentialsFromApiKey(options.apiKey), ...(reused ? { uuid: reused.uuid } : {}) }
        : reused && services.tokens.isFresh(reused)
          ? reused
          : await call.credentials(target.space);
    yield toJanusConversation({ sessionHash, credentials });

    const image = target.image
      ? undefined
      : await uploadLastImage(services, call, spaceUrl, sessionHash, messages, options);
    const endpoint = target.image ? JANUS_IMAGE_ENDPOINT : JANUS_CHAT_ENDPOINT;
    const data = target.image
      ? [prompt, seed, CFG_WEIGHT, IMAGE_TEMPERATURE]
      : [image ?? null, prompt, seed, TOP_P, TEMPERATURE];
    const status = new GradioStatusReporter();
    const text = new TextDeltaTracker();
    const events = services.gradio.submit(
      { spaceUrl, ...endpoint, data, sessionHash, credentials, referer: `${spaceUrl}?__theme=light` },
      call.transport,
    );
    for await (const event of events) {
      const reasoning = status.toReasoning(event);
      if (reasoning) yield reasoning;
      if (event.type === 'generating' && typeof event.output[0] === 'string') {
        const delta = text.next(event.output[0]);
        if (delta) yield delta;
      } else if (event.type === 'completed') {
        const [answer] = event.output;
        if (typeof answer === 'string') {
          const delta = text.next(answer);
          if (delta) yield delta;
          continue;
        }
        const urls = extractImageUrls(answer, spaceUrl);
        if (urls.length === 0) {
          throw new ResponseError(`${target.providerName}: the Space finished without an answer`, { url: spaceUrl });
        }
        yield new ImageResponse(urls, prompt);
      }
    }
  } catch (error) {
    throw call.failure(explainMissingImage(error, target.providerName), target.space, credentials);
  } finally {
    call.dispose();
  }
}

async function uploadLastImage(
  services: SpaceServices,
  call: SpaceCall,
  spaceUrl: string,
  sessionHash: string,
  messages: readonly Message[],
  options: SpaceOptions,
): Promise<GradioFileData | undefined> {
  const input = pickLastImage(messages, options.media);
  if (!input) return undefined;
  const file = await loadMedia(input, services.http, {
    signal: call.signal,
    proxy: options.proxy,
    requestTimeoutMs: options.requestTimeoutMs,
    providerName: call.transport.operation,
  });
  return services.gradio.upload(spaceUrl, sessionHash, file, call.transport);
}

/** Janus fails with a Python AttributeError when a vision question comes without an image (as g4f says). */
function explainMissingImage(error: unknown, providerName: string): unknown {
  if (ResponseError.isInstance(error) && error.message.includes('AttributeError')) {
    return new ResponseError(`${providerName}: Missing images input`, { cause: error });
  }
  return error;
}
