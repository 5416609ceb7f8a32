export { DEFAULT_HUGGING_FACE_URL, DEFAULT_SPACE_URLS, SPACE_IDS } from './default-space-urls.js';
export { resolveSpaceSettings } from './resolve-space-settings.js';
export { spaceHost } from './space-host.js';
export type { SpaceSettings } from './space-settings.js';
export { SPACE_SETTINGS_KEY, type SpaceSettingsInput, spaceSettingsSchema } from './space-settings-schema.js';
