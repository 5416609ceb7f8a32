import { ImageResponse, JsonConversation, ResponseError } from '@g4f-kit/core';
import { useTestServer } from '@g4f-kit/core/testing/vitest';
import { afterEach, describe, expect, it } from 'vitest';
import { collect, collectUntilError, ofType, texts } from '../__fixtures__/collect.js';
import { type SpaceContainer, spaceContainer } from '../__fixtures__/space-container.js';
import { spaceRoutes, UPLOADED_PATH } from '../__fixtures__/space-routes.js';
import { HF, JANUS, PAGE_TOKEN, PAGE_UUID } from '../__fixtures__/space-urls.js';
import { messages, transcript } from '../__fixtures__/transcripts.js';
import { useCleanEnv } from '../__fixtures__/use-clean-env.js';
import { DeepseekAI_JanusPro7b } from './deepseek-ai-janus-pro7b.js';

const server = useTestServer(spaceRoutes());
useCleanEnv();

const containers: SpaceContainer[] = [];
afterEach(async () => {
  await Promise.all(containers.splice(0).map((container) => container.dispose()));
});

function janus() {
  const built = spaceContainer();
  containers.push(built);
  return built.registry.get('Janus');
}

const ANSWER = 'The image shows a red fox sitting in the snow.';
const PAGE = `GET ${HF}/spaces/:owner/:name`;
const JOIN = `POST ${JANUS}/gradio_api/queue/join`;
const DATA = `GET ${JANUS}/gradio_api/queue/data`;
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

function joins() {
  return server.callsTo(JOIN).map((call) => ({
    body: call.json() as { data: unknown[]; session_hash: string } & Record<string, unknown>,
    headers: call.headers,
  }));
}

describe('DeepseekAI_JanusPro7b (alias Janus)', () => {
  it("is registered under its name and the alias, with g4f's catalogue", () => {
    const built = spaceContainer();
    containers.push(built);
    expect(built.registry.get('Janus')).toBe(built.registry.get('DeepseekAI_JanusPro7b'));
    expect(DeepseekAI_JanusPro7b.models).toEqual(['janus-pro-7b', 'janus-pro-7b-image']);
    expect(DeepseekAI_JanusPro7b.visionModels).toEqual(['janus-pro-7b']);
    expect(DeepseekAI_JanusPro7b.supportsMessageHistory).toBe(true);
  });

  it('yields the conversation first, then streams the answer as deltas with nothing repeated', async () => {
    const chunks = await collect(
      janus().createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'Describe it' }], {}),
    );
    expect(chunks[0]).toBeInstanceOf(JsonConversation);
    const deltas = texts(chunks);
    expect(deltas).toEqual(['The image shows ', 'a red fox ', 'sitting in ', 'the snow.']);
    expect(deltas.join('')).toBe(ANSWER);
    expect(ofType(chunks, 'reasoning').map(String)).toEqual([
      'In queue: position 1 of 1, about 4.5s',
      'Processing started: about 4.5s',
      'Generating...',
    ]);

    const [{ body, headers }] = joins() as [ReturnType<typeof joins>[number]];
    expect(body).toMatchObject({ fn_index: 2, trigger_id: 10, event_data: null });
    const [image, prompt, seed, topP, temperature] = body.data;
    expect([image, prompt, topP, temperature]).toEqual([null, 'Describe it', 0.95, 0.1]);
    expect(seed).toBeGreaterThanOrEqual(1000);
    expect(seed).toBeLessThanOrEqual(999_999);
    expect(headers.get('referer')).toBe(`${JANUS}?__theme=light`);
    expect(headers.get('x-zerogpu-token')).toBe(PAGE_TOKEN);
    expect((chunks[0] as JsonConversation).toJSON()).toEqual({
      session_hash: body.session_hash,
      zerogpu_token: PAGE_TOKEN,
      zerogpu_uuid: PAGE_UUID,
    });
  });

  it('streams a typed answer with a cursor and rewrites as clean deltas', async () => {
    server.use({ [DATA]: { type: 'sse', chunks: transcript('janus-chat-cursor-transcript.txt', JANUS) } });
    const chunks = await collect(janus().createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'Hi' }], {}));
    expect(texts(chunks)).toEqual(['Hello', ', wor', 'ld! How can', ' I help?']);
  });

  it('formats the history into one prompt, as g4f does', async () => {
    await collect(
      janus().createAsyncGenerator(
        'janus-pro-7b',
        [
          { role: 'system', content: 'Answer briefly.' },
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: 'Hello!' },
          { role: 'user', content: 'Name a colour' },
        ],
        { seed: 1234 },
      ),
    );
    expect(joins()[0]?.body.data.slice(1, 3)).toEqual([
      'System: Answer briefly.\nUser: Hi\nAssistant: Hello!\nUser: Name a colour\nAssistant:',
      1234,
    ]);
  });

  it('continues a conversation: same session, same token, no new token fetch, the last message only', async () => {
    const provider = janus();
    const first = await collect(provider.createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'Hi' }], {}));
    const conversation = first[0] as JsonConversation;
    expect(server.callsTo(PAGE)).toHaveLength(1);
    await collect(
      provider.createAsyncGenerator(
        'janus-pro-7b',
        [
          { role: 'user', content: 'Hi' },
          { role: 'assistant', content: ANSWER },
          { role: 'user', content: 'And the background?' },
        ],
        { conversation },
      ),
    );
    expect(server.callsTo(PAGE)).toHaveLength(1);
    const [one, two] = joins();
    expect(two?.body.session_hash).toBe(one?.body.session_hash);
    expect(two?.headers.get('x-zerogpu-token')).toBe(PAGE_TOKEN);
    expect(two?.body.data[1]).toBe('And the background?');
    const streams = server.callsTo(DATA).map((call) => call.url.searchParams.get('session_hash'));
    expect(streams).toEqual([one?.body.session_hash, one?.body.session_hash]);
  });

  it('fetches a new token for a kept session once the Space refused the old one', async () => {
    const provider = janus();
    const first = await collect(provider.createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'Hi' }], {}));
    server.use({
      [DATA]: {
        type: 'sse',
        chunks: messages({
          msg: 'process_completed',
          success: false,
          output: { error: 'ZeroGPU token is invalid or expired.' },
        }),
      },
    });
    const conversation = first[0] as JsonConversation;
    const refused = await collectUntilError(
      provider.createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'Again' }], { conversation }),
    );
    expect(refused.error.name).toBe('MissingAuthError');
    expect(server.callsTo(PAGE)).toHaveLength(1);
    server.use({ [DATA]: { type: 'sse', chunks: transcript('janus-chat-transcript.txt', JANUS) } });
    await collect(
      provider.createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'Again' }], { conversation }),
    );
    expect(server.callsTo(PAGE)).toHaveLength(2);
    const sessions = joins().map((join) => join.body.session_hash);
    expect(new Set(sessions).size).toBe(1);
  });

  it('draws with fn 3 / trigger 20 when a prompt is given, yielding the gallery as one ImageResponse', async () => {
    server.use({ [DATA]: { type: 'sse', chunks: transcript('janus-image-transcript.txt', JANUS) } });
    const chunks = await collect(
      janus().createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'ignored' }], {
        prompt: 'a fox',
        seed: 77,
      }),
    );
    const [{ body }] = joins() as [ReturnType<typeof joins>[number]];
    expect(body).toMatchObject({ fn_index: 3, trigger_id: 20, data: ['a fox', 77, 5, 1] });
    expect(ofType(chunks, 'image')).toEqual([
      new ImageResponse(
        [0, 1].map((index) => `${JANUS}/gradio_api/file=/tmp/gradio/9a8b7c6d5e/img-${index}.jpg`),
        'a fox',
      ),
    ]);
    expect(ofType(chunks, 'reasoning').map(String)).toContain('Generating');
    expect(ofType(chunks, 'reasoning').map(String)).toContain('Generating....');
  });

  it('uploads only the last image and sends it as Gradio FileData', async () => {
    const chunks = await collect(
      janus().createAsyncGenerator(
        'janus-pro-7b',
        [
          {
            role: 'user',
            content: [
              { type: 'text', text: 'What is this?' },
              { type: 'image_url', image_url: { url: 'data:image/png;base64,AAAA' } },
            ],
          },
        ],
        {
          media: [
            { data: 'data:image/jpeg;base64,/9j/AAAA', name: 'first.jpg' },
            { data: PNG, name: 'fox.png' },
          ],
        },
      ),
    );
    expect(texts(chunks).join('')).toBe(ANSWER);
    const uploads = server.callsTo(`POST ${JANUS}/gradio_api/upload`);
    expect(uploads).toHaveLength(1);
    const [{ body }] = joins() as [ReturnType<typeof joins>[number]];
    expect(uploads[0]?.url.searchParams.get('upload_id')).toBe(body.session_hash);
    const sent = (await uploads[0]?.formData())?.getAll('files') as File[];
    expect(sent.map((file) => [file.name, file.type])).toEqual([['fox.png', 'image/png']]);
    expect(body.data[0]).toEqual({
      path: UPLOADED_PATH,
      url: `${JANUS}/gradio_api/file=${UPLOADED_PATH}`,
      orig_name: 'fox.png',
      size: PNG.byteLength,
      mime_type: 'image/png',
      meta: { _type: 'gradio.FileData' },
    });
  });

  it('explains the AttributeError of a vision call without an image', async () => {
    server.use({
      [DATA]: {
        type: 'sse',
        chunks: messages({
          msg: 'process_completed',
          success: false,
          output: { error: "AttributeError: 'NoneType' object has no attribute 'convert'" },
        }),
      },
    });
    const { error } = await collectUntilError(
      janus().createAsyncGenerator('janus-pro-7b', [{ role: 'user', content: 'x' }], {}),
    );
    expect(ResponseError.isInstance(error) && error.message).toBe('DeepseekAI_JanusPro7b: Missing images input');
  });
});
