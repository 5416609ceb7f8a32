import { describe, expect, it } from 'vitest';
import { join, queueData, signUp } from '../__fixtures__/emulator-client.js';
import { readJson } from '../__fixtures__/read-json.js';
import { startEmulator } from '../start-emulator.js';

describe('startEmulator', () => {
  it('listens on 127.0.0.1 with a base URL per upstream host', async () => {
    const emulator = await startEmulator();
    try {
      expect(emulator.port).toBeGreaterThan(0);
      expect(emulator.baseUrl).toBe(`http://127.0.0.1:${emulator.port}`);
      expect(emulator.urls).toEqual({
        firebaseSignUp: `${emulator.baseUrl}/www.googleapis.com`,
        firebaseRefresh: `${emulator.baseUrl}/securetoken.googleapis.com`,
        arta: `${emulator.baseUrl}/img-gen-prod.ai-arta.com`,
        huggingFace: `${emulator.baseUrl}/huggingface.co`,
        spaces: {
          'roxky/FLUX.1-dev': `${emulator.baseUrl}/roxky-flux-1-dev.hf.space`,
          'black-forest-labs/FLUX.1-dev': `${emulator.baseUrl}/black-forest-labs-flux-1-dev.hf.space`,
          'roxky/Janus-Pro-7B': `${emulator.baseUrl}/roxky-janus-pro-7b.hf.space`,
          'deepseek-ai/Janus-Pro-7B': `${emulator.baseUrl}/deepseek-ai-janus-pro-7b.hf.space`,
          'roxky/G4F-flux': `${emulator.baseUrl}/roxky-g4f-flux.hf.space`,
        },
      });
    } finally {
      await emulator.close();
    }
  });

  it('uses publicUrl in the URLs it hands out', async () => {
    const emulator = await startEmulator({ publicUrl: 'http://emulator.test:9999/' });
    try {
      expect(emulator.urls.arta).toBe('http://emulator.test:9999/img-gen-prod.ai-arta.com');
    } finally {
      await emulator.close();
    }
  });

  it('counts requests per route, including unknown paths, and resets', async () => {
    const emulator = await startEmulator();
    try {
      await signUp(emulator);
      await signUp(emulator);
      const notFound = await fetch(`${emulator.baseUrl}/nowhere`);
      expect([notFound.status, await readJson(notFound)]).toEqual([404, { detail: 'Not Found' }]);
      const wrongMethod = await fetch(`${emulator.urls.firebaseSignUp}/identitytoolkit/v3/relyingparty/signupNewUser`);
      expect(wrongMethod.status).toBe(405);
      expect(emulator.counters).toMatchObject({ 'firebase.signUp': 2, notFound: 2, 'arta.submit': 0 });
      emulator.resetCounters();
      expect(Object.values(emulator.counters).every((count) => count === 0)).toBe(true);
    } finally {
      await emulator.close();
    }
  });

  it('validates configuration at start and at runtime', async () => {
    await expect(startEmulator({ artaGenerationTimeMs: -1 })).rejects.toThrow(/artaGenerationTimeMs/);
    const emulator = await startEmulator();
    try {
      expect(() => emulator.configure({ gradioSteps: 0 })).toThrow(RangeError);
      expect(() => emulator.configure({ zeroGpuAnonymous: 'maybe' as 'accept' })).toThrow(RangeError);
      emulator.configure({ heartbeatMs: 250 });
      expect(emulator.config.heartbeatMs).toBe(250);
    } finally {
      await emulator.close();
    }
  });

  it('close() resolves promptly with a hung request and an open SSE stream', async () => {
    const emulator = await startEmulator({ gradioGenerationTimeMs: 60_000 });
    emulator.faults.set('hf.page', { hang: true });
    const hung = fetch(`${emulator.urls.huggingFace}/spaces/roxky/FLUX.1-dev`).catch((error: unknown) => error);
    await join(emulator, 'roxky/FLUX.1-dev', {
      fnIndex: 2,
      triggerId: 4,
      data: ['long', 0, true, 16, 16, 3.5, 28],
      sessionHash: 'open',
    });
    const stream = await queueData(emulator, 'roxky/FLUX.1-dev', 'open');
    const body = stream.text().catch((error: unknown) => error);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(emulator.counters['hf.page']).toBe(1);

    const started = performance.now();
    await emulator.close();
    expect(performance.now() - started).toBeLessThan(1000);
    expect(await hung).toBeInstanceOf(Error);
    await body;
    await emulator.close();
  });
});
