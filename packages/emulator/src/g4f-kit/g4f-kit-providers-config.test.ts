import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Emulator, startEmulator } from '../start-emulator.js';
import { g4fKitProvidersConfig } from './g4f-kit-providers-config.js';

let emulator: Emulator;
beforeAll(async () => {
  emulator = await startEmulator();
});
afterAll(async () => {
  await emulator.close();
});

describe('g4fKitProvidersConfig', () => {
  it('points ARTA and every Hugging Face host at the emulator', () => {
    const providers = g4fKitProvidersConfig(emulator);
    expect(providers.ARTA.apiBaseUrl).toBe(`${emulator.baseUrl}/img-gen-prod.ai-arta.com`);
    expect(providers.ARTA.signUpBaseUrl).toBe(`${emulator.baseUrl}/www.googleapis.com`);
    expect(providers.ARTA.refreshBaseUrl).toBe(`${emulator.baseUrl}/securetoken.googleapis.com`);
    expect(providers.HuggingFace.mirrorUrl).toBe(emulator.baseUrl);
    expect(emulator.urls.huggingFace).toBe(`${providers.HuggingFace.mirrorUrl}/huggingface.co`);
  });
});
