import {
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
  parseProviderOptions,
  type ResponseChunk,
} from '@g4f-kit/core';
import { SPACE_IDS } from '../settings/default-space-urls.js';
import { DeepseekAI_JanusPro7b } from './deepseek-ai-janus-pro7b.js';
import { FluxDev } from './flux-dev.js';
import { generateFluxSchnell } from './generate-flux-schnell.js';
import { spaceOptionsSchema } from './space-options-schema.js';

const FLUX = 'flux';
const FLUX_DEV_MODELS = new Set([FLUX, 'flux-dev']);

/**
 * g4f's own Spaces ("G4F framework"), routed by model:
 * - `flux`, `flux-dev` → {@link FluxDev}, every option passed through;
 * - a model without "flux" (`janus-pro-7b`, `janus-pro-7b-image`) → Janus on G4F's `roxky/Janus-Pro-7B`;
 * - `flux-schnell` → G4F's flux endpoint (legacy `/run/predict`).
 */
@injectable()
export class G4F extends DeepseekAI_JanusPro7b {
  static override label = 'G4F framework';
  static override url = 'https://huggingface.co/spaces/roxky/g4f-space';
  static override space: string = SPACE_IDS.g4fJanus;
  static override defaultModel = FLUX;
  /** g4f inherits Janus's; here the default model, an image model, is the default image model too. */
  static override defaultImageModel: string | undefined = FLUX;
  /** As g4f lists it; G4F keeps the name when resolving (see {@link G4F.getModel}). */
  static override modelAliases: Readonly<Record<string, string>> = { 'flux-schnell': FLUX };
  static override imageModels: readonly string[] = ['janus-pro-7b-image', FLUX, 'flux-dev', 'flux-schnell'];
  static override models: readonly string[] = ['janus-pro-7b', 'janus-pro-7b-image', FLUX, 'flux-dev', 'flux-schnell'];
  /** The Space flux-schnell runs on; its ZeroGPU token is G4F's Janus Space's, as in g4f. */
  static fluxSchnellSpace: string = SPACE_IDS.g4fFluxSchnell;

  private readonly fluxDev: FluxDev;

  constructor(
    @inject(HTTP_CLIENT) http: HttpClient,
    @inject(CONFIG) config: G4FConfig,
    @inject(LOGGER) logger: Logger,
    @inject(CLOCK) clock: Clock,
  ) {
    super(http, config, logger, clock);
    this.fluxDev = new FluxDev(http, config, logger, clock);
  }

  /**
   * A name G4F lists resolves to itself: routing depends on the exact name,
   * and `flux-schnell` must not become `flux` (which goes to FluxDev).
   */
  static override getModel(name?: string): string {
    const requested = name?.trim() ?? '';
    if (this.models.includes(requested)) return requested;
    return super.getModel(name);
  }

  override async *createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    const valid = parseProviderOptions(spaceOptionsSchema, options, this.name);
    const resolved = this.resolveModel(model);
    if (FLUX_DEV_MODELS.has(resolved)) {
      yield* this.fluxDev.createAsyncGenerator(resolved, messages, options);
      return;
    }
    if (!resolved.includes(FLUX)) {
      yield* this.generateJanus(resolved, messages, valid);
      return;
    }
    const statics = this.constructor as typeof G4F;
    const target = { space: statics.fluxSchnellSpace, tokenSpace: statics.space, providerName: this.name };
    yield* generateFluxSchnell(this.services, target, messages, valid);
  }
}
