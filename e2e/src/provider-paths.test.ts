import { readFile } from 'node:fs/promises';
import { JsonConversation, Reasoning, type ResponseChunk } from '@g4f-kit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pngSize, type Stack, startStack } from './stack.js';

let stack: Stack;
beforeAll(async () => {
  stack = await startStack();
});
afterAll(async () => {
  await stack.close();
});

async function savedSize(path: string | undefined) {
  return pngSize(await readFile(path as string));
}

describe('every provider path, end to end against the emulator', () => {
  it('ARTA: signs up once, polls, and saves a real PNG', async () => {
    stack.emulator.resetCounters();
    const progress: string[] = [];
    const result = await stack.client.images.generate({
      provider: 'ARTA',
      model: 'flux',
      prompt: 'a lighthouse',
      n: 2,
      aspectRatio: '16:9',
      onChunk: (chunk) => {
        if (chunk instanceof Reasoning) progress.push(String(chunk));
      },
    });
    expect(result.provider).toBe('ARTA');
    expect(result.model).toBe('Flux');
    expect(result.data).toHaveLength(2);
    expect(await savedSize(result.data[0]?.url)).toEqual({ width: 64, height: 36 });
    expect(progress.at(-1)).toMatch(/^Generated: 2 images? in \d+\.\d\ds$/);
    expect(stack.emulator.counters['firebase.signUp']).toBe(1);
    expect(stack.emulator.counters['arta.submit']).toBe(1);
    expect(stack.emulator.counters['arta.status']).toBeGreaterThanOrEqual(1);

    await stack.client.images.generate({
      provider: 'ARTA',
      model: 'gpt-image',
      prompt: 'again',
      responseFormat: 'url',
    });
    expect(stack.emulator.counters['firebase.signUp']).toBe(1);
  });

  it('G4F flux → FluxDev over the Gradio queue, with previews and the requested size', async () => {
    const chunks: ResponseChunk[] = [];
    const result = await stack.client.images.generate({
      provider: 'G4F',
      model: 'flux',
      prompt: 'a fox',
      width: 96,
      height: 64,
      onChunk: (chunk) => chunks.push(chunk),
    });
    expect(await savedSize(result.data[0]?.url)).toEqual({ width: 96, height: 64 });
    expect(chunks.some((chunk) => typeof chunk !== 'string' && chunk.type === 'image-preview')).toBe(true);
  });

  it('G4F flux-schnell → the legacy /run/predict endpoint, size floored to a multiple of 8', async () => {
    stack.emulator.resetCounters();
    const result = await stack.client.images.generate({
      provider: 'G4F',
      model: 'flux-schnell',
      prompt: 'a robot',
      width: 100,
      height: 77,
    });
    expect(await savedSize(result.data[0]?.url)).toEqual({ width: 96, height: 72 });
    expect(stack.emulator.counters['gradio.predict']).toBe(1);
  });

  it('BlackForestLabs_Flux1Dev on the official space', async () => {
    const result = await stack.client.images.generate({
      provider: 'BlackForestLabs_Flux1Dev',
      prompt: 'a meadow',
      aspectRatio: '16:9',
      responseFormat: 'b64_json',
    });
    expect(pngSize(Buffer.from(result.data[0]?.b64_json ?? '', 'base64'))).toEqual({ width: 1024, height: 576 });
  });

  it('Janus image generation (janus-pro-7b-image)', async () => {
    const result = await stack.client.images.generate({
      provider: 'Janus',
      model: 'janus-pro-7b-image',
      prompt: 'a cat',
    });
    expect(result.data).toHaveLength(2);
    expect(await savedSize(result.data[1]?.url)).toEqual({ width: 32, height: 32 });
  });

  it('Janus chat streams the answer as several deltas, and a follow-up reuses the session', async () => {
    stack.emulator.resetCounters();
    const stream = await stack.client.chat.completions.create({
      provider: 'DeepseekAI_JanusPro7b',
      messages: [{ role: 'user', content: 'What is a lighthouse?' }],
      stream: true,
    });
    const deltas: string[] = [];
    let conversation: JsonConversation | undefined;
    for await (const chunk of stream) {
      const delta = chunk.choices[0]?.delta.content;
      if (delta) deltas.push(delta);
      conversation = chunk.conversation ?? conversation;
    }
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toContain('What is a lighthouse?');
    expect(conversation).toBeInstanceOf(JsonConversation);
    const pagesAfterFirst = stack.emulator.counters['hf.page'];

    const followUp = await stack.client.chat.completions.create({
      provider: 'Janus',
      messages: [{ role: 'user', content: 'And a harbour?' }],
      ...(conversation ? { conversation } : {}),
    });
    expect(followUp.choices[0]?.message.content).toContain('harbour');
    expect(stack.emulator.counters['hf.page']).toBe(pagesAfterFirst);
  });

  it('G4F chat (janus-pro-7b on G4F own space)', async () => {
    const completion = await stack.client.chat.completions.create({
      provider: 'G4F',
      model: 'janus-pro-7b',
      messages: [{ role: 'user', content: 'hello space' }],
    });
    expect(completion.provider).toBe('G4F');
    expect(completion.choices[0]?.message.content).toContain('hello space');
  });

  it('routes by model alone across the registry', async () => {
    const result = await stack.client.images.generate({
      model: 'flux-schnell',
      prompt: 'routed',
      responseFormat: 'url',
    });
    expect(result.provider).toBe('G4F');
  });
});
