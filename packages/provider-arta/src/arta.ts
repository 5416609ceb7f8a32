import {
  AsyncGeneratorProvider,
  AUTH_STORE,
  type AuthStore,
  CLOCK,
  type Clock,
  CONFIG,
  createDeadline,
  createPollSchedule,
  type G4FConfig,
  type GenerateOptions,
  HTTP_CLIENT,
  type HttpClient,
  inject,
  injectable,
  LOGGER,
  type Logger,
  type Message,
  type PollSchedule,
  ProviderModelMixin,
  pollUntil,
  type ResponseChunk,
  TimeoutError,
} from '@g4f-kit/core';
import { ArtaAuth } from './arta-auth.js';
import { type ArtaCallOptions, ArtaClient } from './arta-client.js';
import { artaJobChunks } from './arta-job-chunks.js';
import { parseArtaOptions } from './arta-options.js';
import { ARTA_SETTINGS, type ArtaSettings, type ArtaSettingsInput, resolveArtaSettings } from './arta-settings.js';
import { ARTA_DEFAULT_STYLE, ARTA_STYLES } from './arta-styles.js';

const STYLE_ALIASES = Object.keys(ARTA_STYLES);

/**
 * ARTA (ai-arta.com): ~50 image styles behind an anonymous Firebase sign-in.
 * A generation signs in (once, shared), submits a text2image job and polls
 * its status on an adaptive schedule under an overall deadline.
 *
 * Built by the container. Settings come from `config.providers.ARTA`, over
 * which settings registered under {@link ARTA_SETTINGS} win; use
 * `createArtaProvider(settings)` to register an instance with its own.
 */
@injectable()
export class ARTA extends ProviderModelMixin(AsyncGeneratorProvider) {
  static override label = 'ARTA';
  static override url = 'https://ai-arta.com';
  static override working = true;
  static override defaultModel = ARTA_DEFAULT_STYLE;
  static override defaultImageModel: string | undefined = ARTA_DEFAULT_STYLE;
  static override models: readonly string[] = STYLE_ALIASES;
  static override imageModels: readonly string[] = STYLE_ALIASES;
  static override modelAliases = ARTA_STYLES;
  static override parameters: readonly string[] = [
    'model',
    'messages',
    'prompt',
    'negativePrompt',
    'n',
    'seed',
    'width',
    'height',
    'aspectRatio',
    'guidanceScale',
    'numInferenceSteps',
    'proxy',
    'signal',
    'timeoutMs',
    'requestTimeoutMs',
  ];

  readonly settings: ArtaSettings;
  private readonly auth: ArtaAuth;
  private readonly client: ArtaClient;
  private readonly schedule: PollSchedule;
  private readonly logger: Logger;

  constructor(
    @inject(HTTP_CLIENT) http: HttpClient,
    @inject(AUTH_STORE) store: AuthStore,
    @inject(CONFIG) config: G4FConfig,
    @inject(LOGGER) logger: Logger,
    @inject(CLOCK) clock: Clock,
    @inject(ARTA_SETTINGS, { isOptional: true }) settings?: ArtaSettingsInput,
  ) {
    super();
    this.settings = resolveArtaSettings(config.providers.ARTA, settings);
    this.logger = logger.child({ provider: 'ARTA' });
    this.auth = new ArtaAuth({ http, endpoints: this.settings, store, clock, logger: this.logger });
    this.client = new ArtaClient(http, this.settings.apiBaseUrl);
    this.schedule = createPollSchedule(this.settings.poll);
  }

  override async *createAsyncGenerator(
    model: string,
    messages: readonly Message[],
    options: GenerateOptions = {},
  ): AsyncGenerator<ResponseChunk, void, undefined> {
    // Both checks come before any request.
    const style = styleFor(model);
    const request = parseArtaOptions(messages, options);
    const deadlineMs = Math.min(this.settings.deadlineMs, options.timeoutMs ?? Number.POSITIVE_INFINITY);
    const deadline = createDeadline(deadlineMs, options.signal);
    const call: ArtaCallOptions = {
      signal: deadline.signal,
      proxy: options.proxy,
      timeoutMs: options.requestTimeoutMs,
    };
    try {
      const { record_id: recordId } = await this.auth.withToken(call, (idToken) =>
        this.client.submit(request, style, idToken, call),
      );
      const submittedAt = performance.now();
      this.logger.debug({ recordId, style, n: request.n }, 'ARTA job submitted');
      const statuses = pollUntil(
        ({ signal }) =>
          this.auth.withToken({ ...call, signal }, (idToken) =>
            this.client.status(recordId, idToken, { ...call, signal }),
          ),
        { schedule: this.schedule, signal: deadline.signal },
      );
      yield* artaJobChunks(statuses, request.prompt, submittedAt);
      this.logger.debug({ recordId, ms: Math.round(performance.now() - submittedAt) }, 'ARTA job done');
    } catch (error) {
      if (deadline.expired && !TimeoutError.isInstance(error)) throw deadline.signal.reason;
      throw error;
    } finally {
      deadline.dispose();
    }
  }
}

/**
 * The API style for a model name: `getModel` resolves aliases (a list alias
 * picks at random) and API names, and rejects unknown names with a
 * ModelNotFoundError listing the valid ones.
 */
function styleFor(model: string): string {
  return ARTA.getModel(model);
}
