/** One source of settings, in the shape of the config, and what to call it in errors. */
export interface ConfigLayer {
  values: Record<string, unknown>;
  /** e.g. the file path, `G4F_PORT`, `overrides`. */
  origin: string;
}

export interface MergedConfig {
  values: Record<string, unknown>;
  /** For each dotted path set by some layer, the origin of the layer that set it last. */
  origins: Map<string, string>;
}

/**
 * Merges layers in order, later ones winning. Plain objects merge key by key
 * at every depth; anything else (arrays included) replaces what was there.
 * An `undefined` value means "not given" and changes nothing.
 */
export function mergeConfigLayers(layers: readonly ConfigLayer[]): MergedConfig {
  const origins = new Map<string, string>();
  let values: Record<string, unknown> = {};
  for (const layer of layers) values = mergeInto(values, layer.values, [], layer.origin, origins);
  return { values, origins };
}

function mergeInto(
  base: Record<string, unknown>,
  layer: Record<string, unknown>,
  path: readonly string[],
  origin: string,
  origins: Map<string, string>,
): Record<string, unknown> {
  const merged = { ...base };
  for (const [key, value] of Object.entries(layer)) {
    if (value === undefined) continue;
    const keyPath = [...path, key];
    origins.set(keyPath.join('.'), origin);
    const existing = merged[key];
    // An object is always copied key by key, so later layers never mutate a
    // caller's overrides and nested `undefined` values drop out here too.
    const next = isPlainObject(value)
      ? mergeInto(isPlainObject(existing) ? existing : {}, value, keyPath, origin, origins)
      : value;
    // defineProperty, so a "__proto__" key from a JSON file stays an ordinary
    // (and, for the strict schema, unknown) key instead of replacing the prototype.
    Object.defineProperty(merged, key, { value: next, enumerable: true, writable: true, configurable: true });
  }
  return merged;
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
