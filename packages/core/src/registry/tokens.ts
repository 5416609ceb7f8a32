/**
 * Injection tokens. Constructor parameters name their token explicitly with
 * `@inject(TOKEN)`: esbuild and tsx emit no decorator metadata, so injection
 * by parameter type would silently break there.
 */
export const HTTP_CLIENT: unique symbol = Symbol.for('g4f-kit.HttpClient');
export const AUTH_STORE: unique symbol = Symbol.for('g4f-kit.AuthStore');
export const LOGGER: unique symbol = Symbol.for('g4f-kit.Logger');
export const CONFIG: unique symbol = Symbol.for('g4f-kit.Config');
export const CLOCK: unique symbol = Symbol.for('g4f-kit.Clock');
export const PROVIDER_REGISTRY: unique symbol = Symbol.for('g4f-kit.ProviderRegistry');
