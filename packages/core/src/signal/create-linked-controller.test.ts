import { describe, expect, it } from 'vitest';
import { createLinkedController } from './create-linked-controller.js';

describe('createLinkedController', () => {
  it("follows its parent's abort, with the parent's reason", () => {
    const parent = new AbortController();
    const linked = createLinkedController(parent.signal);
    const reason = new Error('deadline');
    parent.abort(reason);
    expect(linked.signal.reason).toBe(reason);
  });

  it('aborts on its own without touching the parent, and only once', () => {
    const parent = new AbortController();
    const linked = createLinkedController(parent.signal);
    const first = new Error('consumer left');
    linked.abort(first);
    linked.abort(new Error('again'));
    parent.abort(new Error('later'));
    expect(linked.signal.reason).toBe(first);
    expect(parent.signal.aborted).toBe(true);
  });

  it('stops following once disposed, and starts aborted under an aborted parent', () => {
    const parent = new AbortController();
    const linked = createLinkedController(parent.signal);
    linked.dispose();
    parent.abort();
    expect(linked.signal.aborted).toBe(false);
    expect(createLinkedController(parent.signal).signal.aborted).toBe(true);
    expect(createLinkedController().signal.aborted).toBe(false);
  });
});
