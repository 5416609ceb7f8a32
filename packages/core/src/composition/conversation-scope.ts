import { JsonConversation } from '../chunks/json-conversation.js';

/**
 * A composite keeps each provider's session state under that provider's name,
 * so a follow-up call can hand every provider back its own state.
 */
export function conversationFor(conversation: JsonConversation | undefined, providerName: string) {
  if (!conversation) return undefined;
  const scoped = conversation.data[providerName];
  if (scoped && typeof scoped === 'object') return new JsonConversation(scoped as Record<string, unknown>);
  return conversation;
}

export function scopeConversation(
  previous: JsonConversation | undefined,
  providerName: string,
  update: JsonConversation,
): JsonConversation {
  return new JsonConversation({ ...(previous?.data ?? {}), [providerName]: update.toJSON() });
}
