import {
  CLOCK,
  type Clock,
  CONFIG,
  type G4FConfig,
  HTTP_CLIENT,
  type HttpClient,
  inject,
  injectable,
  LOGGER,
  type Logger,
} from '@g4f-kit/core';
import { SPACE_IDS } from '../settings/default-space-urls.js';
import { BlackForestLabs_Flux1Dev } from './black-forest-labs-flux1-dev.js';

/** FLUX.1-dev on G4F's copy of the Space (`roxky/FLUX.1-dev`); what G4F's `flux` and `flux-dev` use. */
@injectable()
export class FluxDev extends BlackForestLabs_Flux1Dev {
  static override label = 'G4F FluxDev';
  static override url = 'https://roxky-flux-1-dev.hf.space';
  static override space: string = SPACE_IDS.g4fFluxDev;

  // Restated so the container sees this class's own injection tokens.
  constructor(
    @inject(HTTP_CLIENT) http: HttpClient,
    @inject(CONFIG) config: G4FConfig,
    @inject(LOGGER) logger: Logger,
    @inject(CLOCK) clock: Clock,
  ) {
    super(http, config, logger, clock);
  }
}
