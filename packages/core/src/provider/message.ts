export type MessageRole = 'system' | 'user' | 'assistant' | 'tool';

export interface TextPart {
  type: 'text';
  text: string;
}

export interface ImagePart {
  type: 'image_url';
  image_url: { url: string };
}

export type ContentPart = TextPart | ImagePart;

/** An OpenAI-shaped chat message. */
export interface Message {
  role: MessageRole;
  content: string | readonly ContentPart[];
}

/** The text of a message, with image parts left out. */
export function messageText(message: Message): string {
  if (typeof message.content === 'string') return message.content;
  return message.content
    .filter((part): part is TextPart => part.type === 'text')
    .map((part) => part.text)
    .join('\n');
}

/**
 * The prompt an image provider should draw: `prompt` when given, else the last
 * user message (g4f's `format_image_prompt`).
 */
export function formatImagePrompt(messages: readonly Message[], prompt?: string): string {
  if (prompt !== undefined && prompt.trim() !== '') return prompt;
  for (let index = messages.length - 1; index >= 0; index -= 1) {
    const message = messages[index];
    if (message?.role === 'user') return messageText(message);
  }
  return '';
}
