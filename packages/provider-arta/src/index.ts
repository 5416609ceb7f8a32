export { ARTA } from './arta.js';
export { ARTA_ASPECT_RATIOS, type ArtaAspectRatio, nearestArtaAspectRatio } from './arta-aspect-ratios.js';
export {
  ARTA_DEFAULT_NEGATIVE_PROMPT,
  ARTA_RANDOM_SEED_RANGE,
  type ArtaRequest,
  artaOptionsSchema,
  parseArtaOptions,
} from './arta-options.js';
export { artaPlugin } from './arta-plugin.js';
export {
  ARTA_FIREBASE_WEB_KEY,
  ARTA_SETTINGS,
  type ArtaSettings,
  type ArtaSettingsInput,
  artaSettingsSchema,
  resolveArtaSettings,
} from './arta-settings.js';
export { ARTA_API_STYLES, ARTA_DEFAULT_STYLE, ARTA_STYLES } from './arta-styles.js';
export { ARTA_AUTH_KEY, type ArtaToken, artaTokenSchema, artaTokenSchemaFor, tokenIssuer } from './arta-token.js';
export { createArtaProvider } from './create-arta-provider.js';
