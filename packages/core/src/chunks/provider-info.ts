export interface ProviderInfoInit {
  name: string;
  label: string;
  url: string;
  model: string;
}

/** Which provider and model an attempt went to. One per attempt; the last one answered. */
export class ProviderInfo {
  readonly type = 'provider-info' as const;
  readonly name: string;
  readonly label: string;
  readonly url: string;
  readonly model: string;

  constructor(init: ProviderInfoInit) {
    this.name = init.name;
    this.label = init.label;
    this.url = init.url;
    this.model = init.model;
  }
}
