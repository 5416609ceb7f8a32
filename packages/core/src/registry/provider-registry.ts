import type { DependencyContainer } from 'tsyringe';
import { IterListProvider } from '../composition/iter-list-provider.js';
import { G4FError } from '../errors/g4f-error.js';
import { ProviderNotFoundError } from '../errors/provider-not-found-error.js';
import { createSilentLogger, type Logger } from '../logging/create-logger.js';
import {
  AsyncGeneratorProvider,
  assignProviderName,
  type ProviderClass,
} from '../provider/async-generator-provider.js';
import { AnyProvider } from './any-provider.js';
import type { ProviderFactory } from './define-plugin.js';

export interface RegisterOptions {
  name?: string;
  aliases?: readonly string[];
  /** Replace a provider already registered under the name instead of failing. */
  replace?: boolean;
}

export interface RegisteredProvider {
  name: string;
  aliases: readonly string[];
  provider: AsyncGeneratorProvider;
}

export type RegistryChange =
  | { type: 'register'; name: string }
  | { type: 'unregister'; name: string }
  | { type: 'swap'; name: string };

export type ProviderSource = ProviderClass | ProviderFactory | AsyncGeneratorProvider;

/**
 * The providers of one container, by name. Consumers hold the registry, never a
 * provider: `get()` answers with whatever is registered now, so a swap takes
 * effect on the next call while calls in flight finish on their own instance.
 */
export class ProviderRegistry {
  private readonly entries = new Map<string, RegisteredProvider>();
  private readonly lookup = new Map<string, string>();
  private readonly listeners = new Set<(change: RegistryChange) => void>();

  constructor(
    private readonly container: DependencyContainer,
    private readonly logger: Logger = createSilentLogger(),
  ) {}

  register(source: ProviderSource, options: RegisterOptions = {}): RegisteredProvider {
    const provider = this.build(source);
    const name = options.name ?? provider.name;
    assertValidName(name);
    const existing = this.findEntry(name);
    if (existing && !options.replace) {
      throw new G4FError(
        `A provider is already registered as "${existing.name}"; pass { replace: true } or use swap("${existing.name}", …)`,
      );
    }
    if (existing) this.removeEntry(existing);
    const aliases = [...(options.aliases ?? [])];
    for (const alias of aliases) {
      const owner = this.lookup.get(alias.toLowerCase());
      if (owner !== undefined && owner !== name) {
        throw new G4FError(`Alias "${alias}" already points at provider "${owner}"`);
      }
    }
    assignProviderName(provider, name);
    const entry: RegisteredProvider = { name, aliases, provider };
    this.entries.set(name, entry);
    for (const key of [name, ...aliases]) this.lookup.set(key.toLowerCase(), name);
    this.emit({ type: existing ? 'swap' : 'register', name });
    return entry;
  }

  unregister(name: string): boolean {
    const entry = this.findEntry(name);
    if (!entry) return false;
    this.removeEntry(entry);
    this.emit({ type: 'unregister', name: entry.name });
    return true;
  }

  /** Replaces a registered provider, keeping its name and aliases. */
  swap(name: string, replacement: ProviderSource): RegisteredProvider {
    const entry = this.findEntry(name);
    if (!entry) throw new ProviderNotFoundError(name, this.names());
    return this.register(replacement, { name: entry.name, aliases: entry.aliases, replace: true });
  }

  /** The provider registered under a name or alias, case-insensitively. */
  get(name: string): AsyncGeneratorProvider {
    const entry = this.findEntry(name);
    if (!entry) throw new ProviderNotFoundError(name, this.names());
    return entry.provider;
  }

  /**
   * Turns a provider spec into something to call: a registered name; several
   * names separated by spaces (`"ARTA G4F"`), tried in that order; a provider
   * instance as it is; nothing, for routing by model across every provider.
   */
  resolve(spec?: string | AsyncGeneratorProvider | null): AsyncGeneratorProvider {
    if (spec === undefined || spec === null || spec === '') return new AnyProvider(this, this.logger);
    if (typeof spec !== 'string') return spec;
    const names = spec.trim().split(/\s+/).filter(Boolean);
    if (names.length === 0) return new AnyProvider(this, this.logger);
    const providers = names.map((name) => this.get(name));
    if (providers.length === 1) return providers[0] as AsyncGeneratorProvider;
    return new IterListProvider(providers, { logger: this.logger });
  }

  has(name: string): boolean {
    return this.findEntry(name) !== undefined;
  }

  /** Registered names, in registration order. */
  names(): string[] {
    return [...this.entries.keys()];
  }

  list(): RegisteredProvider[] {
    return [...this.entries.values()];
  }

  /** Subscribes to register / unregister / swap; returns the unsubscribe function. */
  onChange(listener: (change: RegistryChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private findEntry(name: string): RegisteredProvider | undefined {
    const canonical = this.lookup.get(name.trim().toLowerCase());
    return canonical === undefined ? undefined : this.entries.get(canonical);
  }

  private removeEntry(entry: RegisteredProvider): void {
    this.entries.delete(entry.name);
    for (const key of [entry.name, ...entry.aliases]) this.lookup.delete(key.toLowerCase());
  }

  private build(source: ProviderSource): AsyncGeneratorProvider {
    if (source instanceof AsyncGeneratorProvider) return source;
    if (isProviderClass(source)) return this.container.resolve(source as ProviderClass);
    const built = (source as ProviderFactory)(this.container);
    if (!(built instanceof AsyncGeneratorProvider) && !isProviderLike(built)) {
      throw new G4FError('A provider factory must return an AsyncGeneratorProvider instance');
    }
    return built;
  }

  private emit(change: RegistryChange): void {
    this.logger.debug(change, 'provider registry changed');
    for (const listener of this.listeners) listener(change);
  }
}

/** A class (ours or another core copy's) rather than a factory function. */
function isProviderClass(source: unknown): boolean {
  if (typeof source !== 'function') return false;
  const prototype = (source as { prototype?: { createAsyncGenerator?: unknown } }).prototype;
  return typeof prototype?.createAsyncGenerator === 'function';
}

/** Accepts providers built against another copy of @g4f-kit/core. */
function isProviderLike(value: unknown): value is AsyncGeneratorProvider {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { createAsyncGenerator?: unknown }).createAsyncGenerator === 'function'
  );
}

function assertValidName(name: string): void {
  if (name.trim() === '' || /[\s:]/.test(name)) {
    throw new G4FError(`Invalid provider name "${name}": use a non-empty name without spaces or ':'`);
  }
}
