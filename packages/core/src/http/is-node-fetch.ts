/**
 * Whether `fetch` is Node's own implementation rather than a stand-in (msw
 * replaces `globalThis.fetch` with an arrow function, a test double is a
 * spy). Node's is a plain `function fetch(input, init = undefined)`; anything
 * else, or a Node whose source reads differently, answers false, which only
 * costs speed (requests then go through fetch), never correctness.
 */
export function isNodeFetch(fetch: unknown): boolean {
  if (typeof fetch !== 'function') return false;
  return /^(async\s+)?function fetch\s*\(/.test(Function.prototype.toString.call(fetch));
}
