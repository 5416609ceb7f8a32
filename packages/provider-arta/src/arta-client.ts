import type { HttpClient } from '@g4f-kit/core';
import { joinUrl } from '@g4f-kit/core';
import { z } from 'zod';
import type { ArtaRequest } from './arta-options.js';

export interface ArtaCallOptions {
  signal?: AbortSignal | undefined;
  proxy?: string | undefined;
  /** Time limit of each request. */
  timeoutMs?: number | undefined;
}

/** The submit answer; only `record_id` is needed (`{record_id, status: "IN_QUEUE", …}`). */
export const artaSubmitResponseSchema = z
  .object({ record_id: z.union([z.string().min(1), z.number()]).transform(String) })
  .loose();

/** One status answer: `{record_id, status, response: [{url, …}] | null, error_code, error_details, …}`. */
export const artaStatusResponseSchema = z
  .object({
    status: z.string(),
    response: z.array(z.object({ url: z.string().min(1) }).loose()).nullish(),
    error_code: z.unknown().optional(),
    error_details: z.unknown().optional(),
  })
  .loose();

export type ArtaSubmitResponse = z.output<typeof artaSubmitResponseSchema>;
export type ArtaStatusResponse = z.output<typeof artaStatusResponseSchema>;

/** A status read is retried twice on a transient failure before the job is given up. */
const STATUS_RETRY = Object.freeze({ maxRetries: 2, initialDelayMs: 250, maxDelayMs: 2000 });

/**
 * ARTA's image API: submit a text2image job, read its status. The id token
 * goes raw in `Authorization` (no "Bearer"); bodies are validated here.
 */
export class ArtaClient {
  /** `…/api/v1/text2image`: the submit, and the root of each job's status URL. */
  private readonly text2imageUrl: string;

  constructor(
    private readonly http: HttpClient,
    apiBaseUrl: string,
  ) {
    this.text2imageUrl = joinUrl(apiBaseUrl, 'api/v1/text2image');
  }

  /**
   * POST text2image as an urlencoded form, every field a string (what g4f's
   * aiohttp `data=dict` sends). Not retried: a second POST may start a second job.
   */
  submit(
    request: ArtaRequest,
    style: string,
    idToken: string,
    call: ArtaCallOptions = {},
  ): Promise<ArtaSubmitResponse> {
    return this.http.json(this.text2imageUrl, artaSubmitResponseSchema, {
      form: {
        prompt: request.prompt,
        negative_prompt: request.negativePrompt,
        style,
        images_num: String(request.n),
        cfg_scale: String(request.cfgScale),
        steps: String(request.steps),
        aspect_ratio: request.aspectRatio,
        seed: String(request.seed),
      },
      headers: { authorization: idToken },
      operation: 'ARTA submit',
      ...call,
    });
  }

  /**
   * GET the job's status. A read, so a transient failure (429, 5xx, a
   * dropped connection) is retried twice with backoff before the job is given up.
   */
  status(recordId: string, idToken: string, call: ArtaCallOptions = {}): Promise<ArtaStatusResponse> {
    const url = `${this.text2imageUrl}/${encodeURIComponent(recordId)}/status`;
    return this.http.json(url, artaStatusResponseSchema, {
      headers: { authorization: idToken },
      operation: 'ARTA status',
      retry: STATUS_RETRY,
      ...call,
    });
  }
}
