import { definePlugin } from '@g4f-kit/core';
import { ARTA } from './arta.js';

/** Registers {@link ARTA} as `ARTA`, configured from `config.providers.ARTA`. */
export const artaPlugin = definePlugin({ name: 'arta', providers: [{ provider: ARTA, name: 'ARTA' }] });
