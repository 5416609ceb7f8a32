import type { z } from 'zod';
import { gradioMessageSchema } from './gradio-message-schema.js';

export type GradioMessage = z.infer<typeof gradioMessageSchema>;

/**
 * The queue messages in one SSE `data` field: a JSON object with a `msg`. A
 * server that leaves out the blank line between events puts several JSON
 * lines in one field; each is read. Anything else (a broken line, `null`,
 * JSON without `msg`) goes to `onSkip` and is left out.
 */
export function parseGradioMessages(data: string, onSkip: (line: string) => void): GradioMessage[] {
  const whole = tryParse(data);
  const values: unknown[] = [];
  if (whole !== undefined) values.push(whole);
  else {
    for (const line of data.split('\n')) {
      if (line.trim() === '') continue;
      const parsed = tryParse(line);
      if (parsed === undefined) onSkip(line);
      else values.push(parsed);
    }
  }
  return values.flatMap((value) => {
    if (value === null) return [];
    if (isGradioMessage(value)) return [value];
    onSkip(JSON.stringify(value));
    return [];
  });
}

/**
 * `gradioMessageSchema`'s check, written out: it runs for every message of
 * every stream (a dozen per image), where zod's object parse (a copy of the
 * message) was a tenth of a FluxDev generation's CPU.
 */
function isGradioMessage(value: unknown): value is GradioMessage {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const { msg, event_id: eventId } = value as { msg?: unknown; event_id?: unknown };
  return typeof msg === 'string' && (eventId === undefined || eventId === null || typeof eventId === 'string');
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
