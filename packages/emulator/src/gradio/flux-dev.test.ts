import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fetchPng, join, queueData, runQueueCall, scrapeZeroGpu } from '../__fixtures__/emulator-client.js';
import { fluxPreviewUrls, fluxResultUrl, g4fError } from '../__fixtures__/g4f-parsers.js';
import { readJson } from '../__fixtures__/read-json.js';
import { msgs, readSse } from '../__fixtures__/read-sse.js';
import { type Emulator, startEmulator } from '../start-emulator.js';
import { GPU_QUOTA_ERROR, INVALID_ZERO_GPU_TOKEN_ERROR } from './zero-gpu-errors.js';

const FLUX = { fnIndex: 2, triggerId: 4 };
const fluxData = (prompt: string, width = 64, height = 48, seed = 0, randomize = true) => [
  prompt,
  seed,
  randomize,
  width,
  height,
  3.5,
  28,
];

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ gradioGenerationTimeMs: 30, gradioSteps: 3, gradioQueueSteps: 2 });
});
afterEach(() => emulator.configure({ zeroGpuAnonymous: 'accept' }));
afterAll(() => emulator.close());

describe('FLUX.1-dev on the Gradio queue', () => {
  it('streams estimation, progress, previews and the final image, then closes', async () => {
    const transcript = await runQueueCall(emulator, 'roxky/FLUX.1-dev', { ...FLUX, data: fluxData('a lighthouse') });
    expect(msgs(transcript)).toEqual([
      'estimation',
      'estimation',
      'process_starts',
      'progress',
      'process_generating',
      'progress',
      'process_generating',
      'progress',
      'process_generating',
      'process_completed',
      'close_stream',
    ]);
    const [estimation, , starts] = transcript.messages;
    expect(estimation).toMatchObject({
      event_id: expect.any(String),
      rank: 1,
      queue_size: 2,
      rank_eta: expect.any(Number),
    });
    expect(starts).toMatchObject({ eta: expect.any(Number) });
    const progress = transcript.messages
      .filter((message) => message.msg === 'progress')
      .map((message) => message.progress_data);
    expect(progress).toEqual([
      [{ index: 9, length: 28, unit: 'steps', progress: null, desc: null }],
      [{ index: 19, length: 28, unit: 'steps', progress: null, desc: null }],
      [{ index: 28, length: 28, unit: 'steps', progress: null, desc: null }],
    ]);
    expect(transcript.messages.at(-1)).toEqual({ msg: 'close_stream', event_id: null });

    const generating = transcript.messages.filter((message) => message.msg === 'process_generating');
    // The first carries the full outputs, the next ones Gradio diffs, which g4f reads as previews.
    expect(generating[0]?.output).toMatchObject({
      data: [{ url: expect.any(String), meta: { _type: 'gradio.FileData' } }, expect.any(Number)],
      is_generating: true,
    });
    expect(generating[1]?.output).toMatchObject({
      data: [expect.arrayContaining([['replace', ['url'], expect.any(String)]]), []],
    });
    const previews = generating.flatMap(fluxPreviewUrls);
    expect(previews).toHaveLength(2);

    const completed = transcript.messages.find((message) => message.msg === 'process_completed') ?? {};
    expect(completed).toMatchObject({
      success: true,
      output: { is_generating: false, duration: expect.any(Number), average_duration: expect.any(Number) },
    });
    const url = fluxResultUrl(completed);
    expect(url).toBe(previews.at(-1));
    expect(url.startsWith(`${emulator.urls.spaces['roxky/FLUX.1-dev']}/gradio_api/file=/tmp/gradio/`)).toBe(true);
    expect(await fetchPng(url)).toMatchObject({ width: 64, height: 48, contentType: 'image/png' });
    expect(await fetchPng(previews[0] ?? '')).toMatchObject({ width: 64, height: 48 });
  });

  it('serves black-forest-labs/FLUX.1-dev the same way, deterministically per prompt', async () => {
    const run = async (prompt: string) =>
      fluxResultUrl(
        (
          await runQueueCall(emulator, 'black-forest-labs/FLUX.1-dev', { ...FLUX, data: fluxData(prompt, 32, 32) })
        ).messages.at(-2) ?? {},
      );
    const [a, b, c] = await Promise.all([run('same'), run('same'), run('other')]);
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });

  it('uses the given seed when randomize_seed is false', async () => {
    const transcript = await runQueueCall(emulator, 'roxky/FLUX.1-dev', {
      ...FLUX,
      data: fluxData('seeded', 32, 32, 42, false),
    });
    expect(transcript.messages.at(-2)?.output).toMatchObject({ data: [expect.any(Object), 42] });
  });

  it('accepts the literal "[object Object]" token and uuid (g4f without cookies) by default', async () => {
    const session = 'anon-session';
    const headers = { 'x-zerogpu-token': '[object Object]', 'x-zerogpu-uuid': '[object Object]' };
    const joined = await join(emulator, 'roxky/FLUX.1-dev', {
      ...FLUX,
      data: fluxData('anon'),
      sessionHash: session,
      headers,
    });
    expect(await readJson(joined)).toEqual({ event_id: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', session));
    expect(transcript.messages.at(-2)).toMatchObject({ msg: 'process_completed', success: true });
  });

  it('rejects anonymous calls with the GPU quota error when configured to', async () => {
    emulator.configure({ zeroGpuAnonymous: 'reject' });
    const session = 'anon-rejected';
    await join(emulator, 'roxky/FLUX.1-dev', { ...FLUX, data: fluxData('anon'), sessionHash: session });
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', session));
    expect(msgs(transcript)).toEqual([
      'estimation',
      'estimation',
      'process_starts',
      'process_completed',
      'close_stream',
    ]);
    const completed = transcript.messages[3] ?? {};
    expect(completed).toMatchObject({ success: false, output: { error: GPU_QUOTA_ERROR } });
    expect(g4fError(completed)).toBe('You have exceeded your GPU quota (60s requested vs. 56s left).');
  });

  it('rejects a token the page never issued, and an expired one', async () => {
    const session = 'forged';
    await join(emulator, 'roxky/FLUX.1-dev', {
      ...FLUX,
      data: fluxData('x'),
      sessionHash: session,
      headers: { 'x-zerogpu-token': 'forged.token.value' },
    });
    const forged = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', session));
    expect(forged.messages.at(-2)).toMatchObject({ success: false, output: { error: INVALID_ZERO_GPU_TOKEN_ERROR } });

    const { token, uuid } = await scrapeZeroGpu(emulator, 'roxky/FLUX.1-dev');
    emulator.expireTokens();
    await join(emulator, 'roxky/FLUX.1-dev', {
      ...FLUX,
      data: fluxData('x'),
      sessionHash: 'expired',
      headers: { 'x-zerogpu-token': token, 'x-zerogpu-uuid': uuid },
    });
    const expired = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', 'expired'));
    expect(expired.messages.at(-2)).toMatchObject({ success: false });
  });

  it('answers 422 for a wrong fn_index, trigger_id or data shape', async () => {
    const wrongFn = await join(emulator, 'roxky/FLUX.1-dev', { fnIndex: 3, triggerId: 4, data: fluxData('x') });
    expect(wrongFn.status).toBe(422);
    const wrongTrigger = await join(emulator, 'roxky/FLUX.1-dev', { fnIndex: 2, triggerId: 10, data: fluxData('x') });
    expect(wrongTrigger.status).toBe(422);
    const wrongData = await join(emulator, 'roxky/FLUX.1-dev', {
      ...FLUX,
      data: ['x', 0, true, '1024', 1024, 3.5, 28],
    });
    expect(wrongData.status).toBe(422);
    expect(JSON.stringify(await readJson(wrongData))).toContain('data[3] (width)');
    const shortData = await join(emulator, 'roxky/FLUX.1-dev', { ...FLUX, data: ['x'] });
    expect(shortData.status).toBe(422);
    const notJson = await fetch(`${emulator.urls.spaces['roxky/FLUX.1-dev']}/gradio_api/queue/join`, {
      method: 'POST',
      body: '{',
    });
    expect(notJson.status).toBe(422);
  });

  it('answers 404 for the data of an unknown session and for queue routes of the g4f-flux Space', async () => {
    expect((await queueData(emulator, 'roxky/FLUX.1-dev', 'never-joined')).status).toBe(404);
    expect((await join(emulator, 'roxky/G4F-flux', { ...FLUX, data: fluxData('x') })).status).toBe(404);
  });

  it('delivers every call of a session on one stream before close_stream', async () => {
    const session = 'two-calls';
    await join(emulator, 'roxky/FLUX.1-dev', { ...FLUX, data: fluxData('one', 16, 16), sessionHash: session });
    await join(emulator, 'roxky/FLUX.1-dev', { ...FLUX, data: fluxData('two', 16, 16), sessionHash: session });
    const transcript = await readSse(await queueData(emulator, 'roxky/FLUX.1-dev', session));
    expect(msgs(transcript).filter((msg) => msg === 'process_completed')).toHaveLength(2);
    expect(msgs(transcript).at(-1)).toBe('close_stream');
  });
});
