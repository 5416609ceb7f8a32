import { JsonConversation } from '@g4f-kit/core';
import { decodeJwtExpiry } from '../zerogpu/decode-jwt-expiry.js';
import { ANONYMOUS_ZERO_GPU_TOKEN, type ZeroGpuCredentials } from '../zerogpu/zero-gpu-credentials.js';

/** A Janus conversation's state, under g4f's keys. */
export interface JanusSession {
  sessionHash: string;
  credentials: ZeroGpuCredentials | undefined;
}

/** The session a previous turn returned, if the conversation is one. */
export function readJanusSession(conversation: JsonConversation | undefined): Partial<JanusSession> | undefined {
  const sessionHash = conversation?.get<unknown>('session_hash');
  if (typeof sessionHash !== 'string' || sessionHash === '') return undefined;
  const token = conversation?.get<unknown>('zerogpu_token');
  const uuid = conversation?.get<unknown>('zerogpu_uuid');
  if (typeof token !== 'string' || token === '' || token === ANONYMOUS_ZERO_GPU_TOKEN) return { sessionHash };
  return {
    sessionHash,
    credentials: {
      token,
      uuid: typeof uuid === 'string' && uuid !== '' ? uuid : ANONYMOUS_ZERO_GPU_TOKEN,
      anonymous: false,
      expiresAt: decodeJwtExpiry(token),
    },
  };
}

/** The conversation to hand back, so the next turn continues this session. */
export function toJanusConversation(session: JanusSession & { credentials: ZeroGpuCredentials }): JsonConversation {
  return new JsonConversation({
    session_hash: session.sessionHash,
    zerogpu_token: session.credentials.token,
    zerogpu_uuid: session.credentials.uuid,
  });
}
