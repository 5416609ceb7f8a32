import { InvalidOptionsError } from '@g4f-kit/core';

/** The prompt, or an InvalidOptionsError before any request when there is nothing to send. */
export function requirePrompt(prompt: string, providerName: string): string {
  if (prompt.trim() !== '') return prompt;
  throw new InvalidOptionsError(
    [{ field: 'prompt', message: 'is required: give a prompt or a user message' }],
    providerName,
  );
}
