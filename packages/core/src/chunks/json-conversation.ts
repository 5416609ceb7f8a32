/**
 * Opaque per-provider session state. Pass it back as `options.conversation`
 * to continue the same upstream session.
 */
export class JsonConversation {
  readonly type = 'conversation' as const;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(data: Record<string, unknown>) {
    this.data = { ...data };
  }

  get<T = unknown>(key: string): T | undefined {
    return this.data[key] as T | undefined;
  }

  toJSON(): Record<string, unknown> {
    return { ...this.data };
  }
}
