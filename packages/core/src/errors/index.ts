export { AbortError } from './abort-error.js';
export { CloudflareError } from './cloudflare-error.js';
export { ConnectionError } from './connection-error.js';
export { G4FError, type G4FErrorOptions } from './g4f-error.js';
export { InvalidConfigError } from './invalid-config-error.js';
export { InvalidOptionsError, type OptionIssue } from './invalid-options-error.js';
export {
  MAX_ERROR_BODY_CHARS,
  mapResponseToError,
  mapStatusToError,
  messageFromBody,
  type ResponseErrorContext,
  stripQuery,
  truncate,
} from './map-response-to-error.js';
export { MissingAuthError } from './missing-auth-error.js';
export { ModelNotFoundError } from './model-not-found-error.js';
export { NoMediaResponseError } from './no-media-response-error.js';
export { parseRetryAfter } from './parse-retry-after.js';
export { PaymentRequiredError } from './payment-required-error.js';
export { ProviderNotFoundError } from './provider-not-found-error.js';
export { ProviderNotWorkingError } from './provider-not-working-error.js';
export { RateLimitError, type RateLimitErrorOptions } from './rate-limit-error.js';
export { ResponseError, type ResponseErrorOptions } from './response-error.js';
export { isRetryableStatus, ResponseStatusError, type ResponseStatusErrorOptions } from './response-status-error.js';
export { RetryNoProviderError } from './retry-no-provider-error.js';
export { type ProviderAttemptError, RetryProviderError } from './retry-provider-error.js';
export { TimeoutError, type TimeoutPhase } from './timeout-error.js';
export { zodIssuesToOptionIssues } from './zod-issues.js';
