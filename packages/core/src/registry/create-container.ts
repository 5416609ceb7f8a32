import { type DependencyContainer, container as rootContainer } from 'tsyringe';
import type { AuthStore } from '../auth/auth-store.js';
import { defaultCookiesDir } from '../auth/default-cookies-dir.js';
import { FileAuthStore } from '../auth/file-auth-store.js';
import { type Clock, systemClock } from '../config/clock.js';
import { configSchema, type G4FConfig } from '../config/config-schema.js';
import { InvalidConfigError } from '../errors/invalid-config-error.js';
import { zodIssuesToOptionIssues } from '../errors/zod-issues.js';
import { HttpClient } from '../http/http-client.js';
import { createLogger, type Logger } from '../logging/create-logger.js';
import { type Plugin, toRegistration } from './define-plugin.js';
import { ProviderRegistry } from './provider-registry.js';
import { AUTH_STORE, CLOCK, CONFIG, HTTP_CLIENT, LOGGER, PROVIDER_REGISTRY } from './tokens.js';

export interface CreateContainerOptions {
  plugins?: readonly Plugin[];
  /** A finished or partial config; defaults fill the rest. See `loadConfig()` for files and env. */
  config?: unknown;
  /** Replace a core service, e.g. a MemoryAuthStore in tests. */
  logger?: Logger;
  httpClient?: HttpClient;
  authStore?: AuthStore;
  clock?: Clock;
  /** Defaults to tsyringe's root container. */
  parent?: DependencyContainer;
}

/**
 * Builds a child container holding the core services (config, logger, HTTP,
 * auth store, clock, provider registry) and every plugin's providers. Each
 * call is independent: tests build a fresh one per test.
 */
export function createContainer(options: CreateContainerOptions = {}): DependencyContainer {
  const config = parseConfig(options.config);
  const child = (options.parent ?? rootContainer).createChildContainer();
  const logger = options.logger ?? createLogger({ level: config.logLevel });
  const httpClient =
    options.httpClient ??
    new HttpClient({ requestTimeoutMs: config.requestTimeoutMs, logger: logger.child({ component: 'http' }) });
  const authStore =
    options.authStore ??
    new FileAuthStore({
      directory: config.cookiesDir ?? defaultCookiesDir(),
      logger: logger.child({ component: 'auth' }),
    });

  child.register(CONFIG, { useValue: config });
  child.register(LOGGER, { useValue: logger });
  child.register(CLOCK, { useValue: options.clock ?? systemClock });
  child.register(HTTP_CLIENT, { useValue: httpClient });
  child.register(AUTH_STORE, { useValue: authStore });
  const registry = new ProviderRegistry(child, logger.child({ component: 'registry' }));
  child.register(PROVIDER_REGISTRY, { useValue: registry });

  for (const plugin of options.plugins ?? []) installPlugin(child, plugin);
  return child;
}

/** Registers a plugin's services and providers into a container built by {@link createContainer}. */
export function installPlugin(container: DependencyContainer, plugin: Plugin): void {
  plugin.register?.(container);
  const registry = container.resolve<ProviderRegistry>(PROVIDER_REGISTRY);
  for (const entry of plugin.providers) {
    const { provider, name, aliases } = toRegistration(entry);
    registry.register(provider, {
      ...(name === undefined ? {} : { name }),
      ...(aliases === undefined ? {} : { aliases }),
    });
  }
}

export function getRegistry(container: DependencyContainer): ProviderRegistry {
  return container.resolve<ProviderRegistry>(PROVIDER_REGISTRY);
}

/** Releases what the container's services hold open (pooled sockets). */
export async function disposeContainer(container: DependencyContainer): Promise<void> {
  await container.resolve<HttpClient>(HTTP_CLIENT).close();
}

function parseConfig(input: unknown): G4FConfig {
  const result = configSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new InvalidConfigError(zodIssuesToOptionIssues(result.error), 'createContainer options');
}
