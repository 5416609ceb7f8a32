export type { AuthStore } from './auth-store.js';
export { defaultCookiesDir } from './default-cookies-dir.js';
export { FileAuthStore, type FileAuthStoreOptions } from './file-auth-store.js';
export { MemoryAuthStore } from './memory-auth-store.js';
export { SingleFlight } from './single-flight.js';
export { type ManagedToken, TokenManager, type TokenManagerOptions } from './token-manager.js';
