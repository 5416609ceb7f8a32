import { describe, expect, it, vi } from 'vitest';
import { isNodeFetch } from './is-node-fetch.js';

describe('isNodeFetch', () => {
  it("recognises Node's own fetch", () => {
    expect(isNodeFetch(globalThis.fetch)).toBe(true);
  });

  it('rejects stand-ins: msw-like arrow functions, spies, wrappers, non-functions', () => {
    expect(isNodeFetch(async (input: string) => globalThis.fetch(input))).toBe(false);
    expect(isNodeFetch(vi.fn())).toBe(false);
    expect(
      isNodeFetch(function wrapped(input: string) {
        return globalThis.fetch(input);
      }),
    ).toBe(false);
    expect(isNodeFetch(undefined)).toBe(false);
  });
});
