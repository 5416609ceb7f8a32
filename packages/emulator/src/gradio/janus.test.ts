import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchPng, runQueueCall } from '../__fixtures__/emulator-client.js';
import { janusResult } from '../__fixtures__/g4f-parsers.js';
import { readJson } from '../__fixtures__/read-json.js';
import { msgs } from '../__fixtures__/read-sse.js';
import { type Emulator, startEmulator } from '../start-emulator.js';
import type { GradioEdit } from './gradio-diff.js';

const CHAT = { fnIndex: 2, triggerId: 10 };
const IMAGE = { fnIndex: 3, triggerId: 20 };

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator({ gradioGenerationTimeMs: 20, gradioSteps: 4, janusImageCount: 2 });
});
afterAll(() => emulator.close());

/** Applies the text diffs the way a Gradio client does for a text output. */
function replayText(generating: Array<Record<string, unknown>>): string[] {
  const snapshots: string[] = [];
  let text = '';
  for (const [index, message] of generating.entries()) {
    const [output] = (message.output as { data: unknown[] }).data;
    if (index === 0) text = output as string;
    else {
      for (const [action, path, value] of output as GradioEdit[]) {
        expect(path).toEqual([]);
        text = action === 'append' ? text + String(value) : String(value);
      }
    }
    snapshots.push(text);
  }
  return snapshots;
}

describe('Janus-Pro-7B chat (fn 2 / trigger 10)', () => {
  it('streams the answer as text diffs and completes with the whole text', async () => {
    const transcript = await runQueueCall(emulator, 'deepseek-ai/Janus-Pro-7B', {
      ...CHAT,
      data: [null, 'User: What is a fox?', 1234, 0.95, 0.1],
    });
    expect(msgs(transcript)).toEqual([
      'estimation',
      'process_starts',
      'process_generating',
      'process_generating',
      'process_generating',
      'process_generating',
      'process_completed',
      'close_stream',
    ]);
    const generating = transcript.messages.filter((message) => message.msg === 'process_generating');
    expect(generating[1]?.output).toMatchObject({ data: [[['append', [], expect.any(String)]]] });
    const snapshots = replayText(generating);
    const result = janusResult(transcript.messages.at(-2) ?? {});
    expect(result).toEqual({ text: expect.stringContaining('What is a fox?') });
    expect(snapshots.at(-1)).toBe((result as { text: string }).text);
    expect(new Set(snapshots).size).toBe(snapshots.length);
  });

  it('answers the same text for the same prompt and seed', async () => {
    const ask = async () =>
      janusResult(
        (
          await runQueueCall(emulator, 'roxky/Janus-Pro-7B', { ...CHAT, data: [null, 'same question', 7, 0.95, 0.1] })
        ).messages.at(-2) ?? {},
      );
    expect(await ask()).toEqual(await ask());
  });

  it('takes an uploaded image as a FileData (vision)', async () => {
    const space = emulator.urls.spaces['roxky/Janus-Pro-7B'];
    const png = new PNG({ width: 4, height: 4 });
    const bytes = PNG.sync.write(png);
    const form = new FormData();
    form.append('files', new Blob([bytes], { type: 'image/png' }), 'cat.png');
    const uploaded = await fetch(`${space}/gradio_api/upload?upload_id=abc`, { method: 'POST', body: form });
    expect(uploaded.status).toBe(200);
    const [path] = (await readJson(uploaded)) as string[];
    expect(path).toMatch(/^\/tmp\/gradio\/[0-9a-f]{64}\/cat\.png$/);

    const served = await fetch(`${space}/gradio_api/file=${path}`);
    expect(Buffer.from(await served.arrayBuffer()).equals(bytes)).toBe(true);

    const image = {
      path,
      url: `${space}/gradio_api/file=${path}`,
      orig_name: 'cat.png',
      size: bytes.length,
      mime_type: 'image/png',
      meta: { _type: 'gradio.FileData' },
    };
    const transcript = await runQueueCall(emulator, 'roxky/Janus-Pro-7B', {
      ...CHAT,
      data: [image, 'Describe this image.', 99, 0.95, 0.1],
    });
    expect(janusResult(transcript.messages.at(-2) ?? {})).toEqual({ text: expect.stringContaining('"cat.png"') });
  });

  it('answers 422 when the image is not a FileData', async () => {
    const response = await fetch(`${emulator.urls.spaces['roxky/Janus-Pro-7B']}/gradio_api/queue/join`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        data: ['not a file', 'q', 1, 0.95, 0.1],
        event_data: null,
        fn_index: 2,
        trigger_id: 10,
        session_hash: 'x',
      }),
    });
    expect(response.status).toBe(422);
  });
});

describe('Janus-Pro-7B image generation (fn 3 / trigger 20)', () => {
  it('completes with a gallery of {image: FileData} of 384x384 PNGs', async () => {
    const transcript = await runQueueCall(emulator, 'deepseek-ai/Janus-Pro-7B', {
      ...IMAGE,
      data: ['a castle', 4321, 5, 1],
    });
    expect(msgs(transcript)).toEqual(['estimation', 'process_starts', 'process_completed', 'close_stream']);
    const completed = transcript.messages[2] ?? {};
    expect(completed).toMatchObject({
      success: true,
      output: {
        data: [
          [
            {
              image: { path: expect.any(String), url: expect.any(String), meta: { _type: 'gradio.FileData' } },
              caption: null,
            },
            expect.any(Object),
          ],
        ],
      },
    });
    const result = janusResult(completed) as { images: string[] };
    expect(result.images).toHaveLength(2);
    const [first, second] = await Promise.all(result.images.map(fetchPng));
    expect(first).toMatchObject({ width: 384, height: 384 });
    expect(first?.bytes.equals(second?.bytes ?? Buffer.alloc(0))).toBe(false);
  });
});

describe('queue extras', () => {
  it('sends heartbeats during long silences and configured log messages', async () => {
    const slow = await startEmulator({ gradioGenerationTimeMs: 80, heartbeatMs: 15, gradioLogs: ['Loading model'] });
    try {
      const transcript = await runQueueCall(slow, 'roxky/Janus-Pro-7B', { ...IMAGE, data: ['slow', 1, 5, 1] });
      expect(msgs(transcript)).toContain('heartbeat');
      expect(transcript.messages.find((message) => message.msg === 'heartbeat')).toEqual({ msg: 'heartbeat' });
      expect(transcript.messages.find((message) => message.msg === 'log')).toMatchObject({
        log: 'Loading model',
        level: 'info',
      });
    } finally {
      await slow.close();
    }
  });
});
