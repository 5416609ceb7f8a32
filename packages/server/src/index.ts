import 'reflect-metadata';

export { keysMatch, PUBLIC_ROUTES } from './api-key-guard.js';
export { buildServer, DEFAULT_SHUTDOWN_GRACE_MS, type ServerOptions } from './build-server.js';
export { BUILTIN_PLUGINS } from './builtin-plugins.js';
export { type CreateRuntimeOptions, createRuntime, type Runtime } from './create-runtime.js';
export { errorToOpenAI, type OpenAIErrorBody, type OpenAIErrorResponse } from './error-to-openai.js';
export { type StartedServer, type StartServerOptions, startServer } from './start-server.js';
