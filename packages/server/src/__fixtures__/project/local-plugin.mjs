// A plugin as a project would keep it next to its config: plain JavaScript
// against the public API, named in g4f-kit.config.json by a relative path.
import { AsyncGeneratorProvider, definePlugin } from '@g4f-kit/core';

export class LocalEcho extends AsyncGeneratorProvider {
  static label = 'Local echo';
  static working = true;
  static defaultModel = 'echo-1';
  static models = ['echo-1'];

  async *createAsyncGenerator(model) {
    yield `local answer from ${model}`;
  }
}

export const localPlugin = definePlugin({ name: 'local', providers: [LocalEcho] });
