import { createSelfNotifyingController, onAbort } from './on-abort.js';

export interface LinkedController {
  /** Aborts with the parent's reason when the parent aborts, or with {@link abort}'s. */
  readonly signal: AbortSignal;
  /** Aborts this signal only; the parent is untouched. A second call does nothing. */
  abort(reason: Error): void;
  /** Stops following the parent; call when the work is done. */
  dispose(): void;
}

/**
 * A signal of one's own that also follows `parent`: what
 * `AbortSignal.any([parent, controller.signal])` gives, for work that must be
 * able to stop its own requests (a generation whose consumer left while a
 * request still ran) without aborting its caller's signal. One AbortSignal
 * and one abort callback on the parent, where `AbortSignal.any` makes two
 * signals and weak references between them, and aborting it without a
 * reason would build a DOMException with a stack trace.
 */
export function createLinkedController(parent?: AbortSignal): LinkedController {
  const controller = createSelfNotifyingController();
  let stopFollowing: (() => void) | undefined;
  if (parent?.aborted) controller.abort(parent.reason);
  else if (parent !== undefined) stopFollowing = onAbort(parent, () => controller.abort(parent.reason));
  return {
    signal: controller.signal,
    abort(reason: Error) {
      stopFollowing?.();
      controller.abort(reason);
    },
    dispose() {
      stopFollowing?.();
    },
  };
}
