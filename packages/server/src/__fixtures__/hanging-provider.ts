import { defineMockProvider, type MockProviderClass } from '@g4f-kit/core/testing';

export interface HangingProvider {
  Provider: MockProviderClass;
  /** Resolves with the call's signal once the provider has been called. */
  started: Promise<AbortSignal>;
  /** Resolves with the abort reason once the call's signal fires. */
  aborted: Promise<unknown>;
  /** Lets a call that is not aborted finish. */
  release(): void;
}

/**
 * A provider that hangs until released or aborted, honouring its signal as a
 * real provider must. With `firstChunk`, it yields that much text first (to
 * hang mid-stream). Image-capable and chat-capable.
 */
export function hangingProvider(name: string, options: { firstChunk?: string } = {}): HangingProvider {
  let markStarted!: (signal: AbortSignal) => void;
  let markAborted!: (reason: unknown) => void;
  let release!: () => void;
  const started = new Promise<AbortSignal>((resolve) => (markStarted = resolve));
  const aborted = new Promise<unknown>((resolve) => (markAborted = resolve));
  const released = new Promise<void>((resolve) => (release = resolve));
  const Provider = defineMockProvider({
    name,
    defaultModel: 'hang',
    models: ['hang'],
    defaultImageModel: 'hang-image',
    imageModels: ['hang-image'],
    respond: async function* ({ options: call }) {
      const signal = call.signal as AbortSignal;
      markStarted(signal);
      if (options.firstChunk) yield options.firstChunk;
      await new Promise<void>((resolve, reject) => {
        const onAbort = () => {
          markAborted(signal.reason);
          reject(signal.reason);
        };
        if (signal.aborted) onAbort();
        signal.addEventListener('abort', onAbort, { once: true });
        void released.then(resolve);
      });
      yield 'finished';
    },
  });
  return { Provider, started, aborted, release };
}
