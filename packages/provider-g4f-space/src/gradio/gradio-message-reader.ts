import { createSilentLogger, type Logger, ResponseError } from '@g4f-kit/core';
import type { z } from 'zod';
import { applyGradioDiff, isGradioDiff } from './apply-gradio-diff.js';
import type { GradioEvent } from './gradio-event.js';
import {
  estimationMessageSchema,
  logMessageSchema,
  processCompletedMessageSchema,
  processGeneratingMessageSchema,
  processStartsMessageSchema,
  progressMessageSchema,
  unexpectedErrorMessageSchema,
} from './gradio-message-schema.js';
import type { GradioMessage } from './parse-gradio-messages.js';
import { spaceFailure } from './space-error.js';

export interface GradioMessageReaderContext {
  /** Prefixes error messages, e.g. "FluxDev queue". */
  operation: string;
  /** The event stream's URL, for errors. */
  url: string;
  logger?: Logger | undefined;
}

/**
 * Reads one call's queue messages in order. Keeps the output as streamed
 * diffs build it, so `generating` carries the whole output so far. Throws the
 * typed error of a failed `process_completed`, an `unexpected_error` or a
 * `close_stream` before the result. A message of a known kind without its
 * fields, or of an unknown kind, gives no event (a debug log says so).
 */
export class GradioMessageReader {
  private output: unknown[] | undefined;
  private readonly logger: Logger;

  constructor(private readonly context: GradioMessageReaderContext) {
    this.logger = context.logger ?? createSilentLogger();
  }

  read(message: GradioMessage): GradioEvent | undefined {
    const { operation, url } = this.context;
    switch (message.msg) {
      case 'estimation': {
        const parsed = this.check(estimationMessageSchema, message);
        return (
          parsed && {
            type: 'estimation',
            rank: parsed.rank ?? undefined,
            queueSize: parsed.queue_size ?? undefined,
            etaSeconds: parsed.rank_eta ?? undefined,
          }
        );
      }
      case 'process_starts': {
        const parsed = this.check(processStartsMessageSchema, message);
        return parsed && { type: 'process_starts', etaSeconds: parsed.eta ?? undefined };
      }
      case 'progress': {
        const parsed = this.check(progressMessageSchema, message);
        const units = (parsed?.progress_data ?? []).map((unit) => ({
          index: unit.index ?? null,
          length: unit.length ?? null,
          unit: unit.unit ?? null,
          desc: unit.desc ?? null,
        }));
        return parsed && { type: 'progress', units };
      }
      case 'log': {
        const parsed = this.check(logMessageSchema, message);
        return parsed && { type: 'log', log: parsed.log, level: parsed.level ?? undefined };
      }
      case 'heartbeat':
        return { type: 'heartbeat' };
      case 'process_generating': {
        const parsed = this.check(processGeneratingMessageSchema, message);
        if (!parsed) return undefined;
        this.output = mergeOutput(this.output, parsed.output.data);
        return { type: 'generating', output: this.output };
      }
      case 'process_completed': {
        const parsed = this.check(processCompletedMessageSchema, message);
        if (!parsed) return undefined;
        const error = parsed.output?.error;
        if (parsed.success === false || (typeof error === 'string' && error !== '')) {
          throw spaceFailure(error, { operation, url, title: parsed.title });
        }
        return { type: 'completed', output: parsed.output?.data ?? this.output ?? [] };
      }
      case 'unexpected_error': {
        const parsed = this.check(unexpectedErrorMessageSchema, message);
        throw spaceFailure(parsed?.message, { operation, url, title: parsed?.title });
      }
      case 'close_stream':
        throw new ResponseError(`${operation}: the Space closed the event stream before the result`, { url });
      default:
        this.logger.debug({ operation, msg: message.msg }, 'Ignoring a Gradio message of an unknown kind');
        return undefined;
    }
  }

  private check<T>(schema: z.ZodType<T>, message: GradioMessage): T | undefined {
    const result = schema.safeParse(message);
    if (result.success) return result.data;
    this.logger.debug(
      { operation: this.context.operation, msg: message.msg, field: result.error.issues[0]?.path.join('.') },
      'Skipping a Gradio message without the expected fields',
    );
    return undefined;
  }
}

/** The output after one `process_generating`: the first carries whole values, later ones usually diffs. */
function mergeOutput(previous: unknown[] | undefined, data: readonly unknown[]): unknown[] {
  if (previous === undefined) return structuredClone([...data]);
  return data.map((value, index) => (isGradioDiff(value) ? applyGradioDiff(previous[index], value) : value));
}
