import {
  AsyncGeneratorProvider,
  CLOCK,
  type Clock,
  CONFIG,
  type G4FConfig,
  type GenerateOptions,
  HTTP_CLIENT,
  type HttpClient,
  inject,
  injectable,
  LOGGER,
  type Logger,
  type Message,
  ProviderModelMixin,
  parseProviderOptions,
  type ResponseChunk,
} from '@g4f-kit/core';
import { sharedSpaceServices } from '../services/shared-space-services.js';
import type { SpaceServices } from '../services/space-services.js';
import { SPACE_IDS } from '../settings/default-space-urls.js';
import { generateFluxDev } from './generate-flux-dev.js';
import { SPACE_IMAGE_PARAMETERS, spaceOptionsSchema } from './space-options-schema.js';

const FLUX_DEV_MODEL = 'black-forest-labs-flux-1-dev';

/** FLUX.1-dev on Black Forest Labs' own Space, over the Gradio queue with a ZeroGPU token. */
@injectable()
export class BlackForestLabs_Flux1Dev extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'BlackForestLabs Flux-1-Dev';
  static override url = 'https://black-forest-labs-flux-1-dev.hf.space';
  static override working = true;
  static override parent = 'HuggingSpace';
  static override parameters: readonly string[] = SPACE_IMAGE_PARAMETERS;
  static override defaultModel = FLUX_DEV_MODEL;
  static override defaultImageModel: string | undefined = FLUX_DEV_MODEL;
  static override modelAliases: Readonly<Record<string, string>> = { 'flux-dev': FLUX_DEV_MODEL, flux: FLUX_DEV_MODEL };
  static override imageModels: readonly string[] = ['flux-dev', 'flux'];
  static override models: readonly string[] = ['flux-dev', 'flux'];
  /** The Hugging Face Space it calls; its URL comes from the settings. */
  static space: string = SPACE_IDS.flux1Dev;

  protected readonly services: SpaceServices;

  constructor(
    @inject(HTTP_CLIENT) http: HttpClient,
    @inject(CONFIG) config: G4FConfig,
    @inject(LOGGER) logger: Logger,
    @inject(CLOCK) clock: Clock,
  ) {
    super();
    this.services = sharedSpaceServices({ http, config, logger: logger.child({ provider: 'g4f-space' }), clock });
  }

  override async *createAsyncGenerator(
    _model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    const valid = parseProviderOptions(spaceOptionsSchema, options, this.name);
    const { space } = this.constructor as typeof BlackForestLabs_Flux1Dev;
    yield* generateFluxDev(this.services, { space, providerName: this.name }, messages, valid);
  }
}
