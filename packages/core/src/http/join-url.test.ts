import { describe, expect, it } from 'vitest';
import { joinUrl } from './join-url.js';

describe('joinUrl', () => {
  it('keeps a base URL path prefix that new URL() would drop', () => {
    expect(joinUrl('http://127.0.0.1:8080/img-gen-prod.ai-arta.com', '/api/v1/text2image')).toBe(
      'http://127.0.0.1:8080/img-gen-prod.ai-arta.com/api/v1/text2image',
    );
  });

  it('trims slashes between parts and skips empty segments', () => {
    expect(joinUrl('https://host.test/', 'gradio_api/', '/queue/join')).toBe('https://host.test/gradio_api/queue/join');
    expect(joinUrl('https://host.test//', '', '/')).toBe('https://host.test');
  });
});
