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
import { generateJanus } from './generate-janus.js';
import { SPACE_CHAT_PARAMETERS, type SpaceOptions, spaceOptionsSchema } from './space-options-schema.js';

const JANUS_MODEL = 'janus-pro-7b';
const JANUS_IMAGE_MODEL = 'janus-pro-7b-image';

/**
 * Janus-Pro-7B on DeepSeek's Space: chat and vision streamed as text, and
 * image generation (`janus-pro-7b-image`, or whenever `prompt` is given, as
 * in every `images.generate`). Registered as `DeepseekAI_JanusPro7b`, alias `Janus`.
 */
@injectable()
export class DeepseekAI_JanusPro7b extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'DeepseekAI Janus-Pro-7B';
  static override url = 'https://huggingface.co/spaces/deepseek-ai/Janus-Pro-7B';
  static override working = true;
  static override parent = 'HuggingSpace';
  static override supportsStream = true;
  static override supportsSystemMessage = true;
  static override supportsMessageHistory = true;
  static override parameters: readonly string[] = SPACE_CHAT_PARAMETERS;
  static override defaultModel = JANUS_MODEL;
  static override defaultImageModel: string | undefined = JANUS_IMAGE_MODEL;
  static override defaultVisionModel: string | undefined = JANUS_MODEL;
  static override imageModels: readonly string[] = [JANUS_IMAGE_MODEL];
  static override visionModels: readonly string[] = [JANUS_MODEL];
  static override models: readonly string[] = [JANUS_MODEL, JANUS_IMAGE_MODEL];
  /** The Hugging Face Space it calls; its URL comes from the settings. */
  static space: string = SPACE_IDS.janus;

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
    model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    const valid = parseProviderOptions(spaceOptionsSchema, options, this.name);
    yield* this.generateJanus(model, messages, valid);
  }

  /** The Janus behaviour on this class's Space. */
  protected generateJanus(
    model: string,
    messages: readonly Message[],
    options: SpaceOptions,
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    const statics = this.constructor as typeof DeepseekAI_JanusPro7b;
    const image = model === JANUS_IMAGE_MODEL || options.prompt !== undefined;
    return generateJanus(this.services, { space: statics.space, providerName: this.name, image }, messages, options);
  }
}
