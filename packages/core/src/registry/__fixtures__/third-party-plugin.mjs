// A plugin as a third party would publish it: plain JavaScript, built against
// the public API, registering one provider.
import { AsyncGeneratorProvider, definePlugin } from '@g4f-kit/core';

export class ThirdParty extends AsyncGeneratorProvider {
  static label = 'Third party';
  static working = true;
  static defaultModel = 'tp-1';
  static models = ['tp-1'];

  async *createAsyncGenerator(model) {
    yield `third-party answer from ${model}`;
  }
}

export default definePlugin({ name: 'third-party', providers: [ThirdParty] });
