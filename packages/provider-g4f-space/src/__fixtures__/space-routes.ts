import type { RouteTable } from '@g4f-kit/core/testing';
import { fakeJwt } from './fake-jwt.js';
import {
  FLUX_1_DEV as FLUX_1_DEV_URL,
  G4F_FLUX_DEV as G4F_FLUX_DEV_URL,
  G4F_FLUX_SCHNELL as G4F_FLUX_SCHNELL_URL,
  G4F_JANUS as G4F_JANUS_URL,
  HF as HF_URL,
  JANUS as JANUS_URL,
} from './space-urls.js';
import { EVENT_ID, readFixture, transcript } from './transcripts.js';

/** The token the jwt route hands out (expires in 2100). */
export const JWT_TOKEN = fakeJwt({ onBehalfOf: 'signed-in-user', exp: 4_102_444_800 });

export const UPLOADED_PATH = '/tmp/gradio/0f1e2d3c4b/fox.png';
export const SCHNELL_PATH = '/tmp/gradio/a1b2c3d4e5/image.webp';

/**
 * Every upstream of the Space providers at g4f's hosts: Space pages and the
 * jwt endpoint, and per Space the queue join, its event stream (FLUX spaces
 * play the FLUX.1-dev transcript, Janus spaces the chat transcript), uploads,
 * and flux-schnell's `/run/predict`. With `mirror`, every host is a path
 * prefix of that one base instead, as the g4f-kit emulator serves them.
 */
export function spaceRoutes(mirror?: string): RouteTable {
  const at = (url: string) => (mirror ? `${mirror}/${new URL(url).host}` : url);
  const [HF, FLUX_1_DEV, G4F_FLUX_DEV, G4F_FLUX_SCHNELL, G4F_JANUS, JANUS] = [
    HF_URL,
    FLUX_1_DEV_URL,
    G4F_FLUX_DEV_URL,
    G4F_FLUX_SCHNELL_URL,
    G4F_JANUS_URL,
    JANUS_URL,
  ].map(at) as [string, string, string, string, string, string];
  const routes: RouteTable = {
    [`GET ${HF}/spaces/:owner/:name`]: {
      type: 'text',
      body: readFixture('space-page.html'),
      headers: { 'content-type': 'text/html' },
    },
    [`GET ${HF}/api/spaces/:owner/:name/jwt`]: { type: 'json', body: { token: JWT_TOKEN } },
    [`POST ${G4F_FLUX_SCHNELL}/run/predict`]: {
      type: 'json',
      body: {
        data: [
          {
            path: SCHNELL_PATH,
            url: `${G4F_FLUX_SCHNELL}/gradio_api/file=${SCHNELL_PATH}`,
            size: null,
            orig_name: 'image.webp',
            mime_type: null,
            is_stream: false,
            meta: { _type: 'gradio.FileData' },
          },
          1234,
        ],
        is_generating: false,
        duration: 1.9,
        average_duration: 2.1,
      },
    },
  };
  for (const [space, name] of [
    [FLUX_1_DEV, 'flux-dev-transcript.txt'],
    [G4F_FLUX_DEV, 'flux-dev-transcript.txt'],
    [JANUS, 'janus-chat-transcript.txt'],
    [G4F_JANUS, 'janus-chat-transcript.txt'],
  ] as const) {
    routes[`POST ${space}/gradio_api/queue/join`] = { type: 'json', body: { event_id: EVENT_ID } };
    routes[`GET ${space}/gradio_api/queue/data`] = { type: 'sse', chunks: transcript(name, space) };
    routes[`POST ${space}/gradio_api/upload`] = { type: 'json', body: [UPLOADED_PATH] };
  }
  return routes;
}
