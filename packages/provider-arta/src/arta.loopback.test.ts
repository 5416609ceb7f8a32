import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ImageResponse } from '@g4f-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { statusPayload, submitPayload } from './__fixtures__/arta-payloads.js';
import { A_PROMPT, buildArta, FAST_POLL, generate, manualClock } from './__fixtures__/arta-test-env.js';
import { refreshPayload, signUpPayload } from './__fixtures__/firebase-payloads.js';

interface WireRequest {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/**
 * What actually goes over the wire, checked against a real loopback server
 * (no msw): the three upstreams under path prefixes, as the emulator serves them.
 */
describe('ARTA on the wire (loopback)', () => {
  const requests: WireRequest[] = [];
  let server: Server;
  let base: string;
  let statusCalls = 0;

  beforeAll(async () => {
    server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const path = request.url ?? '';
        requests.push({
          method: request.method ?? '',
          path,
          headers: request.headers,
          body: Buffer.concat(chunks).toString('utf8'),
        });
        const answer = (body: unknown) => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(JSON.stringify(body));
        };
        if (path.startsWith('/www.googleapis.com/identitytoolkit/v3/relyingparty/signupNewUser?'))
          return answer(signUpPayload(1));
        if (path.startsWith('/securetoken.googleapis.com/v1/token?')) return answer(refreshPayload(1));
        if (path === '/img-gen-prod.ai-arta.com/api/v1/text2image') return answer(submitPayload);
        if (path.endsWith('/status')) {
          statusCalls += 1;
          return answer(statusPayload(statusCalls % 2 === 1 ? 'IN_PROGRESS' : 'DONE'));
        }
        response.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
  });

  it('sends the raw id token, the urlencoded form and the Firebase calls as ARTA expects', async () => {
    const clock = manualClock();
    const { provider } = buildArta({
      clock,
      settings: {
        signUpBaseUrl: `${base}/www.googleapis.com`,
        refreshBaseUrl: `${base}/securetoken.googleapis.com`,
        apiBaseUrl: `${base}/img-gen-prod.ai-arta.com/`,
        firebaseApiKey: 'wire-key',
        poll: FAST_POLL,
      },
    });
    expect((await generate(provider, { seed: 77 })).at(-1)).toBeInstanceOf(ImageResponse);
    clock.advance(40 * 60_000);
    expect((await generate(provider, { seed: 78 })).at(-1)).toBeInstanceOf(ImageResponse);

    const [signUp, submit, status] = requests;
    expect(signUp).toMatchObject({
      method: 'POST',
      path: '/www.googleapis.com/identitytoolkit/v3/relyingparty/signupNewUser?key=wire-key',
      body: '{"clientType":"CLIENT_TYPE_ANDROID"}',
    });
    expect(signUp?.headers['content-type']).toBe('application/json');

    expect(submit?.headers.authorization).toBe(signUpPayload(1).idToken);
    expect(submit?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(submit?.body))).toEqual({
      prompt: A_PROMPT,
      negative_prompt: 'blurry, deformed hands, ugly',
      style: 'Flux',
      images_num: '1',
      cfg_scale: '7',
      steps: '30',
      aspect_ratio: '1:1',
      seed: '77',
    });
    expect(status).toMatchObject({
      method: 'GET',
      path: '/img-gen-prod.ai-arta.com/api/v1/text2image/3f1c9a52-6c0e-4d8e-9b8a-0f6d2e7b4c11/status',
    });
    expect(status?.headers.authorization).toBe(signUpPayload(1).idToken);

    const refreshRequest = requests.find((request) => request.path.startsWith('/securetoken.googleapis.com'));
    expect(refreshRequest).toBeDefined();
    expect(refreshRequest?.path).toBe('/securetoken.googleapis.com/v1/token?key=wire-key');
    expect(refreshRequest?.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
    expect(Object.fromEntries(new URLSearchParams(refreshRequest?.body))).toEqual({
      grant_type: 'refresh_token',
      refresh_token: signUpPayload(1).refreshToken,
    });
    const submits = requests.filter((request) => request.path.endsWith('/text2image'));
    expect(submits.map((request) => request.headers.authorization)).toEqual([
      signUpPayload(1).idToken,
      refreshPayload(1).id_token,
    ]);
  });
});
