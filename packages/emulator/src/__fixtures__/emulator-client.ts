import { PNG } from 'pngjs';
import type { SpaceId } from '../spaces/space-catalog.js';
import type { Emulator } from '../start-emulator.js';
import { readSse, type SseTranscript } from './read-sse.js';

/** Test helper: the calls a provider makes, written with plain fetch. */

export const API_KEY = 'AIzaSy-emulator-test-key';

export interface SignUpResult {
  kind: string;
  idToken: string;
  refreshToken: string;
  expiresIn: string;
  localId: string;
}

export async function signUp(emulator: Emulator): Promise<SignUpResult> {
  const response = await fetch(
    `${emulator.urls.firebaseSignUp}/identitytoolkit/v3/relyingparty/signupNewUser?key=${API_KEY}`,
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ clientType: 'CLIENT_TYPE_ANDROID' }),
    },
  );
  if (!response.ok) throw new Error(`signUp failed: ${response.status}`);
  return (await response.json()) as SignUpResult;
}

export function submitArta(emulator: Emulator, idToken: string, fields: Record<string, string>): Promise<Response> {
  return fetch(`${emulator.urls.arta}/api/v1/text2image`, {
    method: 'POST',
    headers: { authorization: idToken },
    body: new URLSearchParams({
      prompt: 'a red fox',
      negative_prompt: 'blurry, deformed hands, ugly',
      style: 'Flux',
      images_num: '1',
      cfg_scale: '7',
      steps: '30',
      aspect_ratio: '1:1',
      seed: '12345',
      ...fields,
    }),
  });
}

export function artaStatus(emulator: Emulator, idToken: string, recordId: string): Promise<Response> {
  return fetch(`${emulator.urls.arta}/api/v1/text2image/${recordId}/status`, { headers: { authorization: idToken } });
}

/** g4f's own regexes over the Space page. */
export async function scrapeZeroGpu(emulator: Emulator, space: SpaceId): Promise<{ token: string; uuid: string }> {
  const html = await (await fetch(`${emulator.urls.huggingFace}/spaces/${space}`)).text();
  const token = /&quot;token&quot;:&quot;([^&]+?)&quot;/.exec(html)?.[1];
  const uuid = /&quot;sessionUuid&quot;:&quot;([^&]+?)&quot;/.exec(html)?.[1];
  if (!token || !uuid) throw new Error('ZeroGPU token or uuid not found in the page');
  return { token, uuid };
}

export interface JoinInput {
  data: unknown[];
  fnIndex: number;
  triggerId: number;
  sessionHash?: string;
  headers?: Record<string, string>;
}

export function join(emulator: Emulator, space: SpaceId, input: JoinInput): Promise<Response> {
  return fetch(`${emulator.urls.spaces[space]}/gradio_api/queue/join?__theme=light`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...input.headers },
    body: JSON.stringify({
      data: input.data,
      event_data: null,
      fn_index: input.fnIndex,
      trigger_id: input.triggerId,
      session_hash: input.sessionHash ?? 'session-1',
    }),
  });
}

export function queueData(emulator: Emulator, space: SpaceId, sessionHash: string): Promise<Response> {
  return fetch(`${emulator.urls.spaces[space]}/gradio_api/queue/data?session_hash=${sessionHash}`, {
    headers: { accept: 'text/event-stream', 'content-type': 'application/json' },
  });
}

/** Joins with page-issued ZeroGPU headers and reads the whole stream. */
export async function runQueueCall(emulator: Emulator, space: SpaceId, input: JoinInput): Promise<SseTranscript> {
  const sessionHash = input.sessionHash ?? `s-${Math.random().toString(36).slice(2)}`;
  const { token, uuid } = await scrapeZeroGpu(emulator, space);
  const joined = await join(emulator, space, {
    ...input,
    sessionHash,
    headers: { 'x-zerogpu-token': token, 'x-zerogpu-uuid': uuid, ...input.headers },
  });
  if (!joined.ok) throw new Error(`join failed: ${joined.status} ${await joined.text()}`);
  const response = await queueData(emulator, space, sessionHash);
  if (!response.ok) throw new Error(`data failed: ${response.status}`);
  return readSse(response);
}

export async function fetchPng(
  url: string,
): Promise<{ bytes: Buffer; width: number; height: number; contentType: string | null }> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url}: ${response.status}`);
  const bytes = Buffer.from(await response.arrayBuffer());
  const png = PNG.sync.read(bytes);
  return { bytes, width: png.width, height: png.height, contentType: response.headers.get('content-type') };
}
