import { describe, expect, it } from 'vitest';
import { applyGradioDiff, isGradioDiff } from './apply-gradio-diff.js';

describe('applyGradioDiff', () => {
  it('replaces or appends to the value itself with an empty path', () => {
    expect(applyGradioDiff('Hello', [['append', [], ', world']])).toBe('Hello, world');
    expect(applyGradioDiff('Hello▌', [['replace', [], 'Hello there▌']])).toBe('Hello there▌');
  });

  it('walks into objects and lists', () => {
    const previous = { path: '/a.png', url: 'https://s/a.png', meta: { _type: 'gradio.FileData' } };
    const next = applyGradioDiff(previous, [
      ['replace', ['url'], 'https://s/b.png'],
      ['add', ['orig_name'], 'b.png'],
      ['delete', ['meta'], null],
    ]);
    expect(next).toEqual({ path: '/a.png', url: 'https://s/b.png', orig_name: 'b.png' });
    expect(previous.url).toBe('https://s/a.png');
  });

  it('edits chatbot-style nested lists (add inserts, delete removes, append extends a string)', () => {
    const chat = [['hi', 'Hel']];
    expect(applyGradioDiff(chat, [['append', [0, 1], 'lo']])).toEqual([['hi', 'Hello']]);
    expect(applyGradioDiff(chat, [['add', [1], ['again', null]]])).toEqual([
      ['hi', 'Hel'],
      ['again', null],
    ]);
    expect(applyGradioDiff(chat, [['delete', [0], null]])).toEqual([]);
  });

  it('skips an edit whose path does not exist', () => {
    expect(applyGradioDiff({ a: 1 }, [['replace', ['missing', 'deep'], 2]])).toEqual({ a: 1 });
  });

  it('tells edit lists from whole values', () => {
    expect(isGradioDiff([['append', [], 'x']])).toBe(true);
    expect(isGradioDiff([])).toBe(true);
    expect(isGradioDiff('text')).toBe(false);
    expect(isGradioDiff([{ url: 'x' }])).toBe(false);
    expect(isGradioDiff([['image', 'caption', 'x']])).toBe(false);
  });
});
