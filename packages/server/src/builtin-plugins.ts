/** The provider packages every runtime loads unless `builtins: false`. */
export const BUILTIN_PLUGINS: readonly string[] = ['@g4f-kit/provider-arta', '@g4f-kit/provider-g4f-space'];

/**
 * Resolves the built-in plugin packages from this package's location (not the
 * caller's directory, where they may not be installed), to file URLs that
 * core's plugin loader imports like any third-party plugin.
 */
export function resolveBuiltinPlugins(specifiers: readonly string[] = BUILTIN_PLUGINS): string[] {
  return specifiers.map((specifier) => import.meta.resolve(specifier));
}
