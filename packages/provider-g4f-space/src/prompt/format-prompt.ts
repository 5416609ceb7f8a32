import { type Message, messageText } from '@g4f-kit/core';

/**
 * A chat history as one prompt, as g4f's `format_prompt` writes it: a single
 * message is its text alone; several become `Role: text` lines (empty ones
 * left out) followed by `Assistant:` for the model to continue.
 */
export function formatPrompt(messages: readonly Message[]): string {
  const [only] = messages;
  if (messages.length === 1 && only !== undefined) return messageText(only);
  const lines = messages
    .map((message) => ({ role: message.role, text: messageText(message) }))
    .filter(({ text }) => text.trim() !== '')
    .map(({ role, text }) => `${role.charAt(0).toUpperCase()}${role.slice(1)}: ${text}`);
  return `${lines.join('\n')}\nAssistant:`;
}

/**
 * The text of the user messages at the end of the history (g4f's
 * `get_last_user_message`): what a follow-up turn of a kept session sends.
 */
export function lastUserMessages(messages: readonly Message[]): string {
  const texts: string[] = [];
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role !== 'user') break;
    const text = messageText(message).trim();
    if (text !== '') texts.unshift(text);
  }
  return texts.join('\n');
}
