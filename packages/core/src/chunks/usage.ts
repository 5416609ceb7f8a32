export interface UsageInit {
  promptTokens?: number;
  completionTokens?: number;
  totalTokens?: number;
}

/** Token counts; `totalTokens` is computed when the upstream leaves it out. */
export class Usage {
  readonly type = 'usage' as const;
  readonly promptTokens: number;
  readonly completionTokens: number;
  readonly totalTokens: number;

  constructor(init: UsageInit) {
    this.promptTokens = init.promptTokens ?? 0;
    this.completionTokens = init.completionTokens ?? 0;
    this.totalTokens = init.totalTokens ?? this.promptTokens + this.completionTokens;
  }
}
