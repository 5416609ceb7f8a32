import { describe, expect, it } from 'vitest';
import { LineSplitter } from './line-splitter.js';

function split(chunks: string[]): string[] {
  const splitter = new LineSplitter();
  return [...chunks.flatMap((chunk) => splitter.push(chunk)), ...splitter.end()];
}

describe('LineSplitter', () => {
  it('splits at LF, CRLF and CR alike', () => {
    expect(split(['a\nb\r\nc\rd\n'])).toEqual(['a', 'b', 'c', 'd']);
  });

  it('keeps empty lines, which mark event boundaries in SSE', () => {
    expect(split(['a\n\nb\r\n\r\n'])).toEqual(['a', '', 'b', '']);
  });

  it('joins a line split across chunks', () => {
    expect(split(['da', 'ta: x', 'y\n'])).toEqual(['data: xy']);
  });

  it('treats a CRLF split across chunks as one line break', () => {
    expect(split(['a\r', '\nb\n'])).toEqual(['a', 'b']);
  });

  it('emits a line ending in CR at once, before the next chunk arrives', () => {
    const splitter = new LineSplitter();
    expect(splitter.push('a\r')).toEqual(['a']);
    expect(splitter.push('\r')).toEqual(['']);
  });

  it('does not lose the pending CR across an empty chunk', () => {
    expect(split(['a\r', '', '\nb\n'])).toEqual(['a', 'b']);
  });

  it('returns the last line without a line break at the end', () => {
    expect(split(['a\nb'])).toEqual(['a', 'b']);
    expect(split(['a\n'])).toEqual(['a']);
  });
});
