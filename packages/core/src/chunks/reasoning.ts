export interface ReasoningInit {
  label?: string;
  status?: string;
  /** A piece of the model's thinking text. */
  token?: string;
  isThinking?: boolean;
}

/**
 * Progress or thinking. With only `label`/`status` it is a status update
 * ("Waiting", "Generating 1.20s") and does not count as content.
 */
export class Reasoning {
  readonly type = 'reasoning' as const;
  readonly label: string | undefined;
  readonly status: string | undefined;
  readonly token: string | undefined;
  readonly isThinking: boolean;

  constructor(init: ReasoningInit) {
    this.label = init.label;
    this.status = init.status;
    this.token = init.token;
    this.isThinking = init.isThinking ?? false;
  }

  toString(): string {
    if (this.token !== undefined) return this.token;
    return [this.label, this.status].filter(Boolean).join(': ');
  }
}
