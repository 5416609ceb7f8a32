import type { ProviderFactory } from '@g4f-kit/core';
import { ARTA } from './arta.js';
import { ARTA_SETTINGS, type ArtaSettingsInput } from './arta-settings.js';

/**
 * A provider factory for an ARTA instance with settings given in code (they
 * win over `config.providers.ARTA`), still built by the container so it gets
 * the shared HTTP client, auth store, logger and clock:
 *
 *   registry.register(createArtaProvider({ apiBaseUrl: 'http://127.0.0.1:8080/img-gen-prod.ai-arta.com' }), { name: 'ARTA' });
 */
export function createArtaProvider(settings: ArtaSettingsInput = {}): ProviderFactory {
  return (container) => {
    const scope = container.createChildContainer();
    scope.register(ARTA_SETTINGS, { useValue: settings });
    return scope.resolve(ARTA);
  };
}
