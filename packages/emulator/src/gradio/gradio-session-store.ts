import { LruCache } from '../util/lru-cache.js';
import { GradioSession } from './gradio-session.js';

/** Sessions by `session_hash` (2000 most recent, as Gradio keeps). */
export class GradioSessionStore {
  private readonly sessions = new LruCache<string, GradioSession>({ maxEntries: 2000 });

  getOrCreate(sessionHash: string): GradioSession {
    let session = this.sessions.get(sessionHash);
    if (!session) {
      session = new GradioSession(sessionHash);
      this.sessions.set(sessionHash, session);
    }
    return session;
  }

  get(sessionHash: string): GradioSession | undefined {
    return this.sessions.get(sessionHash);
  }

  /** Forgets a session once every job's result has been delivered. */
  release(session: GradioSession): void {
    if (session.idle && this.sessions.get(session.sessionHash) === session) this.sessions.delete(session.sessionHash);
  }
}
