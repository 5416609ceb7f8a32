import { ImageResponse } from '../chunks/image-response.js';
import type { ProviderInfo } from '../chunks/provider-info.js';
import { NoMediaResponseError } from '../errors/no-media-response-error.js';
import { RetryNoProviderError } from '../errors/retry-no-provider-error.js';
import type { GenerateOptions } from '../provider/generate-options.js';
import { parseProviderOptions } from '../provider/parse-provider-options.js';
import { definedOnly } from '../util/defined-only.js';
import type { ClientContext } from './client-context.js';
import { type ImageGenerateParams, imageGenerateParamsSchema } from './client-params.js';
import { parseSize } from './parse-size.js';
import { runWithDeadline } from './run-with-deadline.js';

export interface GeneratedImage {
  /** With no responseFormat: the saved file's path; with 'url': the provider's URL. */
  url?: string;
  b64_json?: string;
  revised_prompt?: string;
}

export interface ImagesResponse {
  /** Unix seconds. */
  created: number;
  data: GeneratedImage[];
  model: string;
  provider: string;
}

/** `client.images`: generate images through a provider, a fallback list or model routing. */
export class Images {
  constructor(private readonly context: ClientContext) {}

  async generate(params: ImageGenerateParams): Promise<ImagesResponse> {
    const valid = parseProviderOptions(imageGenerateParamsSchema, params);
    const provider = this.context.resolveProvider(valid.provider);
    const size = valid.size === undefined ? undefined : parseSize(valid.size);
    const proxy = valid.proxy ?? this.context.config.proxy;

    return runWithDeadline(
      valid.timeoutMs ?? this.context.config.timeoutMs,
      valid.signal,
      async (signal, timeoutMs) => {
        const options: GenerateOptions = {
          prompt: valid.prompt,
          outputKind: 'image',
          signal,
          timeoutMs,
          requestTimeoutMs: this.context.config.requestTimeoutMs,
          ...definedOnly({
            n: valid.n,
            seed: valid.seed,
            width: size?.width ?? valid.width,
            height: size?.height ?? valid.height,
            aspectRatio: valid.aspectRatio,
            negativePrompt: valid.negativePrompt,
            guidanceScale: valid.guidanceScale,
            numInferenceSteps: valid.numInferenceSteps,
            proxy,
            apiKey: valid.apiKey,
            providerOptions: valid.providerOptions,
          }),
        };
        const images: ImageResponse[] = [];
        let answered: ProviderInfo | undefined;
        const messages = [{ role: 'user' as const, content: valid.prompt }];
        try {
          for await (const chunk of provider.createAsyncGenerator(valid.model ?? '', messages, options)) {
            valid.onChunk?.(chunk);
            if (chunk instanceof ImageResponse) images.push(chunk);
            else if (typeof chunk !== 'string' && chunk.type === 'provider-info') answered = chunk;
          }
        } catch (error) {
          // Every provider ended without output: for images that means no media.
          if (RetryNoProviderError.isInstance(error)) throw new NoMediaResponseError(answered?.name ?? provider.name);
          throw error;
        }
        const urls = images.flatMap((image) => image.urls.map((url) => ({ url, image })));
        if (urls.length === 0) throw new NoMediaResponseError(answered?.name ?? provider.name);

        const data = await Promise.all(
          urls.map(async ({ url, image }): Promise<GeneratedImage> => {
            const download = { alt: image.alt, signal, ...definedOnly({ headers: image.options.headers, proxy }) };
            const revised = image.alt ? { revised_prompt: image.alt } : {};
            if (valid.responseFormat === 'url') return { url, ...revised };
            if (valid.responseFormat === 'b64_json') {
              return { b64_json: await this.context.media.toBase64(url, download), ...revised };
            }
            return { url: await this.context.media.save(url, download), ...revised };
          }),
        );
        return {
          created: Math.floor(Date.now() / 1000),
          data,
          model: answered?.model ?? valid.model ?? '',
          provider: answered?.name ?? provider.name,
        };
      },
    );
  }
}
