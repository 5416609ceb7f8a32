import {
  AbortError,
  ImageResponse,
  InvalidOptionsError,
  MissingAuthError,
  ModelNotFoundError,
  RateLimitError,
  Reasoning,
  ResponseError,
  ResponseStatusError,
  TimeoutError,
} from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { imageUrl, RECORD_ID, statusPayload, submitPayload } from './__fixtures__/arta-payloads.js';
import {
  A_PROMPT,
  artaRoutes,
  buildArta,
  generate,
  recordingHttpClient,
  rejectionOf,
  SIGN_UP,
  STATUS,
  SUBMIT,
  TEST_WEB_KEY,
} from './__fixtures__/arta-test-env.js';
import { signUpPayload } from './__fixtures__/firebase-payloads.js';
import { ARTA } from './arta.js';

const server = useTestServer(artaRoutes());

afterEach(() => {
  vi.restoreAllMocks();
});

const firstIdToken = signUpPayload(1).idToken;
const secondIdToken = signUpPayload(2).idToken;

describe('ARTA generation', () => {
  it('yields Waiting, Generating, Generated and the images, once per status change', async () => {
    server.use({
      [STATUS]: [
        { type: 'json', body: statusPayload('IN_QUEUE') },
        { type: 'json', body: statusPayload('IN_QUEUE') },
        { type: 'json', body: statusPayload('IN_PROGRESS') },
        { type: 'json', body: statusPayload('IN_PROGRESS') },
        { type: 'json', body: statusPayload('DONE', 2) },
      ],
    });
    const { provider } = buildArta();
    const chunks = await generate(provider, { n: 2 });

    expect(chunks.map((chunk) => chunk.constructor.name)).toEqual([
      'Reasoning',
      'Reasoning',
      'Reasoning',
      'ImageResponse',
    ]);
    const [waiting, generating, generated, images] = chunks as [Reasoning, Reasoning, Reasoning, ImageResponse];
    expect(waiting).toEqual(new Reasoning({ label: 'Waiting' }));
    expect(generating).toEqual(new Reasoning({ label: 'Generating' }));
    expect(generated.label).toBe('Generated');
    expect(generated.status).toMatch(/^2 images in \d+\.\d{2}s$/);
    expect(images).toEqual(new ImageResponse([imageUrl(0), imageUrl(1)], A_PROMPT));
    expect(server.callsTo(STATUS)).toHaveLength(5);
  });

  it('says "1 image" for one, and skips the progress lines when the first status is DONE', async () => {
    server.use({ [STATUS]: { type: 'json', body: statusPayload('DONE') } });
    const { provider } = buildArta();
    const chunks = await generate(provider);
    expect(chunks).toHaveLength(2);
    expect((chunks[0] as Reasoning).status).toMatch(/^1 image in \d+\.\d{2}s$/);
  });

  it('signs up with the web key, then sends every form field and the raw id token', async () => {
    const recorded = recordingHttpClient();
    const { provider } = buildArta({ httpClient: recorded.http });
    await generate(provider, {
      negativePrompt: 'text, watermark',
      n: 3,
      guidanceScale: 9.5,
      numInferenceSteps: 40,
      aspectRatio: '16:9',
      seed: 1234,
    });

    const [signUp] = server.callsTo(SIGN_UP);
    expect(signUp?.url.searchParams.get('key')).toBe(TEST_WEB_KEY);
    expect(signUp?.json()).toEqual({ clientType: 'CLIENT_TYPE_ANDROID' });

    expect(recorded.authorizationOf('ARTA submit')).toEqual([firstIdToken]);
    const [submit] = server.callsTo(SUBMIT);
    expect(submit?.headers.get('content-type')).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(submit?.form() ?? [])).toEqual({
      prompt: A_PROMPT,
      negative_prompt: 'text, watermark',
      style: 'Flux',
      images_num: '3',
      cfg_scale: '9.5',
      steps: '40',
      aspect_ratio: '16:9',
      seed: '1234',
    });
    for (const status of server.callsTo(STATUS)) {
      expect(status.headers.get('authorization')).toBe(firstIdToken);
      expect(status.url.pathname).toBe(`/img-gen-prod.ai-arta.com/api/v1/text2image/${RECORD_ID}/status`);
    }
  });

  it("applies g4f's defaults and draws a seed from [9999, 99999999] when none is given", async () => {
    const { provider } = buildArta();
    const seeds: number[] = [];
    for (let run = 0; run < 5; run += 1) {
      server.use({ [STATUS]: { type: 'json', body: statusPayload('DONE') } });
      await generate(provider);
    }
    for (const submit of server.callsTo(SUBMIT)) {
      const form = submit.form();
      expect(form.get('negative_prompt')).toBe('blurry, deformed hands, ugly');
      expect(form.get('images_num')).toBe('1');
      expect(form.get('cfg_scale')).toBe('7');
      expect(form.get('steps')).toBe('30');
      expect(form.get('aspect_ratio')).toBe('1:1');
      seeds.push(Number(form.get('seed')));
    }
    for (const seed of seeds) {
      expect(Number.isInteger(seed)).toBe(true);
      expect(seed).toBeGreaterThanOrEqual(9999);
      expect(seed).toBeLessThanOrEqual(99_999_999);
    }
    expect(new Set(seeds).size).toBeGreaterThan(1);
  });

  it('derives the nearest aspect ratio from width and height, and lets aspectRatio win', async () => {
    const { provider } = buildArta();
    const sent: string[] = [];
    for (const options of [
      { width: 1920, height: 1080 },
      { width: 1024, height: 1536 },
      { width: 512, height: 512, aspectRatio: '9:21' },
    ]) {
      server.use({ [STATUS]: { type: 'json', body: statusPayload('DONE') } });
      await generate(provider, options);
      sent.push(server.callsTo(SUBMIT).at(-1)?.form().get('aspect_ratio') ?? '');
    }
    expect(sent).toEqual(['16:9', '2:3', '9:21']);
  });

  it('draws the last user message when no prompt option is given', async () => {
    const { provider } = buildArta();
    const messages = [
      { role: 'user' as const, content: 'first idea' },
      { role: 'assistant' as const, content: 'ok' },
      { role: 'user' as const, content: 'a red fox in snow' },
    ];
    const chunks = await generate(provider, { prompt: undefined }, 'flux', messages);
    expect(server.callsTo(SUBMIT)[0]?.form().get('prompt')).toBe('a red fox in snow');
    expect((chunks.at(-1) as ImageResponse).alt).toBe('a red fox in snow');
  });
});

describe('ARTA model resolution', () => {
  const styleSentFor = async (model: string) => {
    const { provider } = buildArta();
    server.use({ [STATUS]: { type: 'json', body: statusPayload('DONE') } });
    await generate(provider, {}, model);
    return server.callsTo(SUBMIT).at(-1)?.form().get('style');
  };

  it.each([
    ['flux-pro', 'F Pro'],
    ['sdxl-1.0', 'SDXL 1.0'],
    ['Watercolor', 'Watercolor'],
    ['SDXL 1.0', 'SDXL 1.0'],
    ['Japanese_2', 'Japanese_2'],
    ['', 'Flux'],
  ])('sends %j as style %j', async (model, style) => {
    expect(await styleSentFor(model)).toBe(style);
  });

  it('picks one of the three GPT-image styles at random for gpt-image', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(await styleSentFor('gpt-image')).toBe('High GPT4o');
  });

  it('exposes the catalogue statically: alias keys as models, flux as the default', async () => {
    expect(ARTA.defaultModel).toBe('flux');
    expect(ARTA.defaultImageModel).toBe('flux');
    expect(ARTA.models).toContain('gpt-image');
    expect(await ARTA.getModels()).toHaveLength(55);
    expect(ARTA.getModel('flux-dev')).toBe('F Dev');
  });

  it('rejects an unknown model, listing the valid names, before any request', async () => {
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider, {}, 'flux-9000'));
    expect(ModelNotFoundError.isInstance(error)).toBe(true);
    const notFound = error as ModelNotFoundError;
    expect(notFound.validModels).toContain('flux');
    expect(notFound.validModels).toContain('gpt-image');
    expect(notFound.message).toContain('ARTA');
    expect(server.calls).toHaveLength(0);
  });
});

describe('ARTA option validation', () => {
  it.each([
    [{ n: 5 }, 'n'],
    [{ n: 0 }, 'n'],
    [{ guidanceScale: 25 }, 'guidanceScale'],
    [{ guidanceScale: 0 }, 'guidanceScale'],
    [{ numInferenceSteps: 0 }, 'numInferenceSteps'],
    [{ numInferenceSteps: 51 }, 'numInferenceSteps'],
    [{ aspectRatio: '5:4' }, 'aspectRatio'],
    [{ seed: -1 }, 'seed'],
    [{ seed: 1.5 }, 'seed'],
    [{ prompt: '  ' }, 'prompt'],
    [{ width: 0, height: 512 }, 'width'],
    [{ proxy: 'not a proxy' }, 'proxy'],
    [{ timeoutMs: 0 }, 'timeoutMs'],
    [{ requestTimeoutMs: -1 }, 'requestTimeoutMs'],
  ])('rejects %j naming %s, without any request', async (options, field) => {
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider, options as never));
    expect(InvalidOptionsError.isInstance(error)).toBe(true);
    expect((error as InvalidOptionsError).field).toBe(field);
    expect((error as InvalidOptionsError).providerName).toBe('ARTA');
    expect(server.calls).toHaveLength(0);
  });
});

describe('ARTA upstream errors', () => {
  it('turns a 429 on submit into a RateLimitError with Retry-After', async () => {
    server.use({
      [SUBMIT]: {
        type: 'error',
        status: 429,
        body: '{"detail":"Too many requests"}',
        headers: { 'retry-after': '30' },
      },
    });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(30_000);
    expect(server.callsTo(SUBMIT)).toHaveLength(1);
  });

  it('turns a 5xx on submit into a ResponseStatusError, without retrying the POST', async () => {
    server.use({ [SUBMIT]: { type: 'error', status: 502, body: '<html>Bad Gateway</html>' } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect(RateLimitError.isInstance(error)).toBe(false);
    expect((error as ResponseStatusError).status).toBe(502);
    expect(server.callsTo(SUBMIT)).toHaveLength(1);
  });

  it('retries a transient 5xx while polling, then carries on', async () => {
    server.use({
      [STATUS]: [
        { type: 'json', body: statusPayload('IN_PROGRESS') },
        { type: 'error', status: 503, body: 'busy' },
        { type: 'json', body: statusPayload('DONE') },
      ],
    });
    const { provider } = buildArta();
    const chunks = await generate(provider);
    expect(chunks.at(-1)).toBeInstanceOf(ImageResponse);
    expect(server.callsTo(STATUS)).toHaveLength(3);
  });

  it('gives up polling on a lasting 5xx with a ResponseStatusError', async () => {
    server.use({ [STATUS]: { type: 'error', status: 500, body: 'Internal Server Error' } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(ResponseStatusError.isInstance(error)).toBe(true);
    expect((error as ResponseStatusError).status).toBe(500);
    expect(server.callsTo(STATUS)).toHaveLength(3);
  });

  it.each([
    ['malformed JSON', { type: 'text' as const, body: '{"record_id": ' }],
    ['no record_id', { type: 'json' as const, body: { status: 'IN_QUEUE', detail: 'queued' } }],
  ])('rejects a submit answer with %s as a ResponseError', async (_, answer) => {
    server.use({ [SUBMIT]: answer });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(ResponseError.isInstance(error)).toBe(true);
    expect(ResponseStatusError.isInstance(error)).toBe(false);
    expect(error.message).toContain('ARTA submit');
    expect(server.callsTo(STATUS)).toHaveLength(0);
  });

  it('reports a FAILED job as a ResponseError carrying the status', async () => {
    server.use({
      [STATUS]: [
        { type: 'json', body: statusPayload('IN_PROGRESS') },
        { type: 'json', body: statusPayload('FAILED') },
      ],
    });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(ResponseError.isInstance(error)).toBe(true);
    expect((error as ResponseError).upstreamStatus).toBe('FAILED');
    expect(error.message).toContain('GENERATION_FAILED');
  });

  it('reports an unknown status as a ResponseError carrying it', async () => {
    server.use({ [STATUS]: { type: 'json', body: statusPayload('CANCELLED') } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect((error as ResponseError).upstreamStatus).toBe('CANCELLED');
  });

  it('reports DONE without images as a ResponseError', async () => {
    server.use({ [STATUS]: { type: 'json', body: { ...statusPayload('DONE'), response: [] } } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect((error as ResponseError).upstreamStatus).toBe('DONE');
  });
});

describe('ARTA 401 handling', () => {
  it('signs up again exactly once after a 401 on submit, and succeeds', async () => {
    server.use({
      [SUBMIT]: [
        { type: 'error', status: 401, body: '{"detail":"Token expired"}' },
        { type: 'json', body: submitPayload },
      ],
    });
    const recorded = recordingHttpClient();
    const { provider } = buildArta({ httpClient: recorded.http });
    const chunks = await generate(provider);
    expect(chunks.at(-1)).toBeInstanceOf(ImageResponse);
    expect(server.callsTo(SIGN_UP)).toHaveLength(2);
    expect(recorded.authorizationOf('ARTA submit')).toEqual([firstIdToken, secondIdToken]);
  });

  it('signs up again exactly once after a 401 on a status poll, and carries on polling', async () => {
    server.use({
      [STATUS]: [
        { type: 'json', body: statusPayload('IN_PROGRESS') },
        { type: 'error', status: 401, body: '{"detail":"Token expired"}' },
        { type: 'json', body: statusPayload('DONE') },
      ],
    });
    const { provider } = buildArta();
    const chunks = await generate(provider);
    expect(chunks.at(-1)).toBeInstanceOf(ImageResponse);
    expect(server.callsTo(SIGN_UP)).toHaveLength(2);
    expect(server.callsTo(STATUS).map((call) => call.headers.get('authorization'))).toEqual([
      firstIdToken,
      firstIdToken,
      secondIdToken,
    ]);
  });

  it('gives up with a MissingAuthError when the fresh token is rejected too', async () => {
    server.use({ [SUBMIT]: { type: 'error', status: 401, body: '{"detail":"Invalid token"}' } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider));
    expect(MissingAuthError.isInstance(error)).toBe(true);
    expect(server.callsTo(SIGN_UP)).toHaveLength(2);
    expect(server.callsTo(SUBMIT)).toHaveLength(2);
  });
});

describe('ARTA deadline, abort and per-request options', () => {
  it('ends a job that never finishes with a TimeoutError (phase deadline) from the settings', async () => {
    server.use({ [STATUS]: { type: 'json', body: statusPayload('IN_PROGRESS') } });
    const { provider } = buildArta({ settings: { deadlineMs: 150 } });
    const error = await rejectionOf(generate(provider));
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ phase: 'deadline', timeoutMs: 150 });
  });

  it('uses options.timeoutMs when it is shorter than the configured deadline', async () => {
    server.use({ [STATUS]: { type: 'json', body: statusPayload('IN_PROGRESS') } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider, { timeoutMs: 120 }));
    expect(error).toMatchObject({ phase: 'deadline', timeoutMs: 120 });
  });

  it('stops polling at once on abort and makes no further request', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    server.use({
      [STATUS]: ({ callNumber }) => {
        if (callNumber === 2) {
          setTimeout(() => {
            abortedAt = performance.now();
            controller.abort();
          }, 20);
        }
        return { type: 'json', body: statusPayload('IN_PROGRESS') };
      },
    });
    const { provider } = buildArta({ settings: { poll: { initialMs: 100, steadyMs: 100, maxMs: 100 } } });
    const error = await rejectionOf(generate(provider, { signal: controller.signal }));
    const stoppedAt = performance.now();
    expect(AbortError.isInstance(error)).toBe(true);
    expect(stoppedAt - abortedAt).toBeLessThan(100);
    const callsAtAbort = server.callsTo(STATUS).length;
    expect(callsAtAbort).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(server.callsTo(STATUS)).toHaveLength(callsAtAbort);
  });

  it('hands the proxy, the caller signal and the request time limit to every request', async () => {
    const { http, calls } = recordingHttpClient();
    const { provider } = buildArta({ httpClient: http });
    const controller = new AbortController();
    await generate(provider, { proxy: 'http://proxy.test:3128', requestTimeoutMs: 4321, signal: controller.signal });

    const operations = calls.map(([, , options]) => options?.operation);
    expect(operations).toEqual(['ARTA sign-up', 'ARTA submit', 'ARTA status', 'ARTA status', 'ARTA status']);
    for (const [, , options] of calls) expect(options?.proxy).toBe('http://proxy.test:3128');
    for (const [, , options] of calls.slice(1)) {
      expect(options?.timeoutMs).toBe(4321);
      expect(options?.signal).toBeInstanceOf(AbortSignal);
    }
  });

  it('applies options.requestTimeoutMs to a request that hangs', async () => {
    server.use({ [SUBMIT]: { type: 'hang' } });
    const { provider } = buildArta();
    const error = await rejectionOf(generate(provider, { requestTimeoutMs: 50 }));
    expect(TimeoutError.isInstance(error)).toBe(true);
    expect(error).toMatchObject({ phase: 'request', timeoutMs: 50 });
  });
});
