import { describe, expect, it } from 'vitest';
import { TextDeltaTracker } from './text-delta-tracker.js';

describe('TextDeltaTracker', () => {
  it('returns only what is new, without the typing cursor', () => {
    const tracker = new TextDeltaTracker();
    expect(tracker.next('Hello▌')).toBe('Hello');
    expect(tracker.next('Hello, wor▌')).toBe(', wor');
    expect(tracker.next('Hello, wor▌')).toBe('');
    expect(tracker.next('Hello, world!')).toBe('ld!');
    expect(tracker.text).toBe('Hello, world!');
  });

  it('sends nothing for a rewrite of text already sent, then resumes', () => {
    const tracker = new TextDeltaTracker();
    expect(tracker.next('The cat')).toBe('The cat');
    expect(tracker.next('A dog')).toBe('');
    expect(tracker.next('The cat sat')).toBe(' sat');
  });
});
