export { decodeJwtExpiry } from './decode-jwt-expiry.js';
export { jwtExpiration } from './jwt-expiration.js';
export { type ScrapedZeroGpuPage, scrapeZeroGpuPage } from './scrape-zero-gpu-page.js';
export {
  ANONYMOUS_ZERO_GPU_TOKEN,
  credentialsFromApiKey,
  type ZeroGpuCredentials,
  zeroGpuHeaders,
} from './zero-gpu-credentials.js';
export {
  type ZeroGpuTokenRequest,
  ZeroGpuTokenService,
  type ZeroGpuTokenServiceOptions,
  type ZeroGpuTokenSettings,
} from './zero-gpu-token-service.js';
