import type { G4FConfig } from '../config/config-schema.js';
import type { Logger } from '../logging/create-logger.js';
import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import type { MediaStore } from './media-store.js';

/** What the client's resources share. */
export interface ClientContext {
  config: G4FConfig;
  logger: Logger;
  media: MediaStore;
  resolveProvider(spec: string | AsyncGeneratorProvider | undefined): AsyncGeneratorProvider;
}
