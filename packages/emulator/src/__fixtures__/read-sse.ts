/** Test helper: reads a whole SSE body into parsed `data:` messages (and the lines that were not JSON). */
export interface SseTranscript {
  messages: Array<Record<string, unknown> & { msg: string }>;
  broken: string[];
}

export function parseSse(text: string): SseTranscript {
  const transcript: SseTranscript = { messages: [], broken: [] };
  for (const block of text.split('\n\n')) {
    if (!block.startsWith('data: ')) continue;
    const payload = block.slice('data: '.length);
    try {
      transcript.messages.push(JSON.parse(payload));
    } catch {
      transcript.broken.push(payload);
    }
  }
  return transcript;
}

export async function readSse(response: Response): Promise<SseTranscript> {
  return parseSse(await response.text());
}

/** The `msg` of each message, for comparing transcripts at a glance. */
export function msgs(transcript: SseTranscript): string[] {
  return transcript.messages.map((message) => message.msg);
}
