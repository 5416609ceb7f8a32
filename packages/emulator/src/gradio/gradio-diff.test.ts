import { describe, expect, it } from 'vitest';
import { gradioDiff } from './gradio-diff.js';

describe('gradioDiff (Gradio utils.diff semantics)', () => {
  it('is empty for equal values, including dicts in another key order', () => {
    expect(gradioDiff({ a: 1, b: [1, 2] }, { b: [1, 2], a: 1 })).toEqual([]);
  });

  it('appends to a string that grew, replaces one that changed', () => {
    expect(gradioDiff('Hel', 'Hello')).toEqual([['append', [], 'lo']]);
    expect(gradioDiff('Hel▌', 'Hello▌')).toEqual([['replace', [], 'Hello▌']]);
  });

  it('replaces on a type change', () => {
    expect(gradioDiff(null, 'x')).toEqual([['replace', [], 'x']]);
    expect(gradioDiff(1, '1')).toEqual([['replace', [], '1']]);
  });

  it('recurses into lists: changed items, added and deleted tails', () => {
    expect(
      gradioDiff(
        [['hi', 'Hel']],
        [
          ['hi', 'Hello'],
          ['more', null],
        ],
      ),
    ).toEqual([
      ['append', [0, 1], 'lo'],
      ['add', [1], ['more', null]],
    ]);
    expect(gradioDiff([1, 2, 3], [1])).toEqual([
      ['delete', [1], null],
      ['delete', [2], null],
    ]);
  });

  it('recurses into dicts: a new FileData becomes path/url replaces', () => {
    const before = {
      path: '/tmp/gradio/a/image.png',
      url: 'http://x/file=/tmp/gradio/a/image.png',
      orig_name: 'image.png',
      meta: { _type: 'gradio.FileData' },
    };
    const after = {
      ...before,
      path: '/tmp/gradio/b/image.png',
      url: 'http://x/file=/tmp/gradio/b/image.png',
      extra: 1,
    };
    expect(gradioDiff(before, after)).toEqual([
      ['replace', ['path'], '/tmp/gradio/b/image.png'],
      ['replace', ['url'], 'http://x/file=/tmp/gradio/b/image.png'],
      ['add', ['extra'], 1],
    ]);
    const { orig_name: _dropped, ...withoutName } = before;
    expect(gradioDiff(before, withoutName)).toEqual([['delete', ['orig_name'], null]]);
  });
});
