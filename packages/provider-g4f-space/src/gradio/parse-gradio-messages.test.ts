import { describe, expect, it } from 'vitest';
import { gradioMessageSchema } from './gradio-message-schema.js';
import { parseGradioMessages } from './parse-gradio-messages.js';

function parse(data: string): { messages: unknown[]; skipped: string[] } {
  const skipped: string[] = [];
  const messages = parseGradioMessages(data, (line) => skipped.push(line));
  return { messages, skipped };
}

describe('parseGradioMessages', () => {
  it('keeps every object with a string msg and a string, null or absent event_id, as the schema would', () => {
    const accepted = [
      { msg: 'heartbeat' },
      { msg: 'estimation', event_id: 'abc', rank: 0 },
      { msg: 'close_stream', event_id: null },
    ];
    const rejected = [[], 5, 'text', { event_id: 'x' }, { msg: 3 }, { msg: 'log', event_id: 7 }, [{ msg: 'x' }]];
    for (const value of accepted) {
      expect(parse(JSON.stringify(value))).toEqual({ messages: [value], skipped: [] });
      expect(gradioMessageSchema.safeParse(value).success).toBe(true);
    }
    for (const value of rejected) {
      expect(parse(JSON.stringify(value))).toEqual({ messages: [], skipped: [JSON.stringify(value)] });
      expect(gradioMessageSchema.safeParse(value).success).toBe(false);
    }
  });

  it('reads several JSON lines in one data field, skipping broken ones and null', () => {
    const data = ['{"msg":"estimation","rank":1}', '{"msg": "process_', 'null', '', '{"msg":"process_starts"}'].join(
      '\n',
    );
    expect(parse(data)).toEqual({
      messages: [{ msg: 'estimation', rank: 1 }, { msg: 'process_starts' }],
      skipped: ['{"msg": "process_'],
    });
  });
});
