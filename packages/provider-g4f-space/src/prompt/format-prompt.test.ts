import { describe, expect, it } from 'vitest';
import { formatPrompt, lastUserMessages } from './format-prompt.js';

describe('formatPrompt', () => {
  it('sends a single message as it is', () => {
    expect(formatPrompt([{ role: 'user', content: 'Hello' }])).toBe('Hello');
  });

  it('writes a history as Role: text lines, ending with Assistant:', () => {
    expect(
      formatPrompt([
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
        { role: 'assistant', content: '' },
        { role: 'assistant', content: 'Hello!' },
        {
          role: 'user',
          content: [
            { type: 'text', text: 'What is this?' },
            { type: 'image_url', image_url: { url: 'x' } },
          ],
        },
      ]),
    ).toBe('System: Be brief.\nUser: Hi\nAssistant: Hello!\nUser: What is this?\nAssistant:');
  });
});

describe('lastUserMessages', () => {
  it('joins the user messages at the end of the history', () => {
    expect(
      lastUserMessages([
        { role: 'user', content: 'old' },
        { role: 'assistant', content: 'reply' },
        { role: 'user', content: 'first' },
        { role: 'user', content: 'second' },
      ]),
    ).toBe('first\nsecond');
    expect(lastUserMessages([{ role: 'assistant', content: 'x' }])).toBe('');
  });
});
