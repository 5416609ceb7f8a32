import { Reasoning } from '@g4f-kit/core';
import type { GradioEvent } from './gradio-event.js';

const MAX_HEARTBEAT_DOTS = 20;

/**
 * Turns a call's status events into status-only Reasoning chunks: the queue
 * position and wait, the start, step progress, the Space's logs, and a
 * "Generating..." that grows with each heartbeat (as g4f's Janus shows it).
 * Output events give nothing here; one reporter per call.
 */
export class GradioStatusReporter {
  private heartbeats = 0;

  toReasoning(event: GradioEvent): Reasoning | undefined {
    switch (event.type) {
      case 'estimation': {
        const position =
          event.rank === undefined
            ? undefined
            : `position ${event.rank + 1}${event.queueSize === undefined ? '' : ` of ${event.queueSize}`}`;
        const eta = event.etaSeconds === undefined ? undefined : `about ${event.etaSeconds.toFixed(1)}s`;
        const status = [position, eta].filter(Boolean).join(', ');
        return new Reasoning({ label: 'In queue', ...(status ? { status } : {}) });
      }
      case 'process_starts':
        return new Reasoning({
          label: 'Processing started',
          ...(event.etaSeconds === undefined ? {} : { status: `about ${event.etaSeconds.toFixed(1)}s` }),
        });
      case 'progress': {
        const unit = event.units[0];
        if (!unit) return new Reasoning({ status: 'Generating' });
        const steps = unit.index === null || unit.length === null ? '' : ` ${unit.index}/${unit.length}`;
        return new Reasoning({ status: `${unit.desc ?? 'Generating'}${steps}` });
      }
      case 'log':
        return new Reasoning({ status: event.log });
      case 'heartbeat': {
        const dots = Math.min(3 + this.heartbeats, MAX_HEARTBEAT_DOTS);
        this.heartbeats += 1;
        return new Reasoning({ status: `Generating${'.'.repeat(dots)}` });
      }
      default:
        return undefined;
    }
  }
}
