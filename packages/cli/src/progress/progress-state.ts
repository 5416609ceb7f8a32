import type { ResponseChunk } from '@g4f-kit/core';

export interface ProgressUpdate {
  /** What to show: `label: status`, `label`, or `status`. */
  line: string;
  /** A new stage (new label, or another provider attempt) rather than a status tick. */
  stageChanged: boolean;
}

/**
 * Follows a provider's progress chunks as g4f does: a Reasoning with a label
 * starts a stage ("Generating"), one with only a status updates it
 * ("Generating: 2.40s"); each ProviderInfo (one per attempt) starts over.
 * Thinking tokens, text and media are not progress.
 */
export class ProgressState {
  private label = '';
  private status = '';

  apply(chunk: ResponseChunk): ProgressUpdate | undefined {
    if (typeof chunk === 'string') return undefined;
    if (chunk.type === 'provider-info') {
      this.label = '';
      this.status = '';
      const model = chunk.model ? ` (${chunk.model})` : '';
      return { line: `Using ${chunk.name}${model}`, stageChanged: true };
    }
    if (chunk.type !== 'reasoning' || chunk.token !== undefined) return undefined;
    let stageChanged = false;
    if (chunk.label !== undefined && chunk.label !== '') {
      stageChanged = chunk.label !== this.label;
      this.label = chunk.label;
      this.status = chunk.status ?? '';
    } else if (chunk.status !== undefined && chunk.status !== '') {
      this.status = chunk.status;
    } else {
      return undefined;
    }
    const line = [this.label, this.status].filter(Boolean).join(': ');
    return { line, stageChanged };
  }
}
