import { readFileSync } from 'node:fs';

/** The event id every transcript's messages carry; the join routes answer with it. */
export const EVENT_ID = '3e2f1c0a9b8d4e6f8a7b6c5d4e3f2a1b';

export function readFixture(name: string): string {
  return readFileSync(new URL(`./${name}`, import.meta.url), 'utf8');
}

/** A recorded SSE transcript as the chunks a server would send (one event each), `{{space}}` filled in. */
export function transcript(name: string, spaceUrl: string): string[] {
  return sseChunks(readFixture(name).replaceAll('{{space}}', spaceUrl));
}

/** Splits an event-stream text into one chunk per event. */
export function sseChunks(text: string): string[] {
  return text
    .split(/\n\n/)
    .filter((event) => event.trim() !== '')
    .map((event) => `${event}\n\n`);
}

/** Queue messages as SSE chunks, `event_id` filled in where absent. */
export function messages(...list: Array<Record<string, unknown>>): string[] {
  return list.map((message) => `data: ${JSON.stringify({ event_id: EVENT_ID, ...message })}\n\n`);
}
