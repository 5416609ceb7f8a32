export { type CapturedLogs, captureLogs } from './capture-logs.js';
export * from './create-test-server.js';
export {
  defineMockProvider,
  type MockCall,
  type MockProviderClass,
  type MockProviderSpec,
  type MockRespond,
  mockAuthErrorProvider,
  mockEchoModelProvider,
  mockEmptyProvider,
  mockErrorProvider,
  mockImageProvider,
  mockTextProvider,
  ONE_PIXEL_PNG,
} from './define-mock-provider.js';
