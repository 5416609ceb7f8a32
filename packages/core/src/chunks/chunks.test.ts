import { describe, expect, it } from 'vitest';
import {
  FinishReason,
  ImagePreview,
  ImageResponse,
  isContent,
  JsonConversation,
  ProviderInfo,
  Reasoning,
  Usage,
} from './index.js';

describe('isContent (g4f rule)', () => {
  it('counts text, images, previews and thinking', () => {
    expect(isContent('hi')).toBe(true);
    expect(isContent(new ImageResponse('https://x/1.png'))).toBe(true);
    expect(isContent(new ImagePreview('https://x/p.png'))).toBe(true);
    expect(isContent(new Reasoning({ token: 'thinking…' }))).toBe(true);
    expect(isContent(new Reasoning({ isThinking: true }))).toBe(true);
  });

  it('does not count status-only reasoning, metadata or empty text', () => {
    expect(isContent('')).toBe(false);
    expect(isContent(new Reasoning({ label: 'Generating', status: '1.2s' }))).toBe(false);
    expect(isContent(new ProviderInfo({ name: 'A', label: 'A', url: '', model: 'm' }))).toBe(false);
    expect(isContent(new JsonConversation({ session: 1 }))).toBe(false);
    expect(isContent(new FinishReason('stop'))).toBe(false);
    expect(isContent(new Usage({ promptTokens: 1 }))).toBe(false);
    expect(isContent(new ImageResponse([]))).toBe(false);
  });
});

describe('chunk classes', () => {
  it('normalise urls and compute totals', () => {
    expect(new ImageResponse('u', 'alt').urls).toEqual(['u']);
    expect(new Usage({ promptTokens: 3, completionTokens: 4 }).totalTokens).toBe(7);
    expect(String(new Reasoning({ label: 'Generated', status: '1 image(s) in 2.00s' }))).toBe(
      'Generated: 1 image(s) in 2.00s',
    );
    const conversation = new JsonConversation({ session_hash: 'abc' });
    expect(conversation.get('session_hash')).toBe('abc');
    expect(JSON.parse(JSON.stringify(conversation))).toEqual({ session_hash: 'abc' });
  });
});
