export type FinishReasonValue = 'stop' | 'length' | 'content_filter' | 'tool_calls' | (string & {});

export class FinishReason {
  readonly type = 'finish' as const;
  constructor(readonly reason: FinishReasonValue) {}
}
