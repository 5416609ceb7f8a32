import { UsageError } from '../errors/usage-error.js';
import type { CliIo } from '../io/cli-io.js';

/** The chat message: the words given, or stdin when the only word is `-`. */
export async function readMessage(words: readonly string[], io: CliIo): Promise<string> {
  const message = words.length === 1 && words[0] === '-' ? await readAll(io.stdin) : words.join(' ');
  if (message.trim() === '') throw new UsageError('the message is empty');
  return message;
}

async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
