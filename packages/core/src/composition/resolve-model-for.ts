import type { AsyncGeneratorProvider } from '../provider/async-generator-provider.js';
import type { GenerateOptions } from '../provider/generate-options.js';

/**
 * The model name to send to one provider of a composite: the provider's own
 * resolution of the requested name, or, when none was requested, its default
 * for the kind of output wanted.
 */
export function resolveModelFor(
  provider: AsyncGeneratorProvider,
  model: string,
  outputKind: GenerateOptions['outputKind'],
): string {
  if (model === '' && outputKind === 'image') {
    const { defaultImageModel } = provider.catalogue;
    if (defaultImageModel) return provider.resolveModel(defaultImageModel);
  }
  return provider.resolveModel(model);
}
