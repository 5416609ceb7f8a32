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
    const result = gradioMessageSchema.safeParse(value);
    if (result.success) return [result.data];
    onSkip(JSON.stringify(value));
    return [];
  });
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
