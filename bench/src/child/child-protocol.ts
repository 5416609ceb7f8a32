/** What a child sends back over IPC. */
export type ChildReply<R> = { type: 'result'; result: R } | { type: 'error'; message: string; stack?: string };
