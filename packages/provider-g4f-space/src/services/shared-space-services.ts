import type { HttpClient } from '@g4f-kit/core';
import { type CreateSpaceServicesOptions, createSpaceServices } from './create-space-services.js';
import type { SpaceServices } from './space-services.js';

const shared = new WeakMap<HttpClient, WeakMap<object, SpaceServices>>();
const NO_CONFIG = {};

/**
 * The services of the container these collaborators come from, built once
 * and shared by every Space provider of that container (one HttpClient and
 * one config per container), so all of them use one ZeroGPU token cache.
 * Providers need nothing but core's tokens, with or without the plugin.
 */
export function sharedSpaceServices(options: CreateSpaceServicesOptions): SpaceServices {
  let byConfig = shared.get(options.http);
  if (!byConfig) {
    byConfig = new WeakMap();
    shared.set(options.http, byConfig);
  }
  const key = options.config ?? NO_CONFIG;
  let services = byConfig.get(key);
  if (!services) {
    services = createSpaceServices(options);
    byConfig.set(key, services);
  }
  return services;
}
