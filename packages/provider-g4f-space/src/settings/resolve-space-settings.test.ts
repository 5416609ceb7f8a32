import { InvalidConfigError, joinUrl } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { resolveSpaceSettings } from './resolve-space-settings.js';

describe('resolveSpaceSettings', () => {
  it("defaults to g4f's hosts", () => {
    const settings = resolveSpaceSettings(undefined, {});
    expect(settings.huggingFaceUrl).toBe('https://huggingface.co');
    expect(settings.spaceUrl('roxky/FLUX.1-dev')).toBe('https://roxky-flux-1-dev.hf.space');
    expect(settings.spaceUrl('black-forest-labs/FLUX.1-dev')).toBe('https://black-forest-labs-flux-1-dev.hf.space');
    expect(settings.spaceUrl('deepseek-ai/Janus-Pro-7B')).toBe('https://deepseek-ai-janus-pro-7b.hf.space');
    expect(settings.spaceUrl('roxky/Janus-Pro-7B')).toBe('https://roxky-janus-pro-7b.hf.space');
    expect(settings.spaceUrl('roxky/G4F-flux')).toBe('https://roxky-g4f-flux.hf.space');
    expect(settings.spaceUrl('someone/My_Space')).toBe('https://someone-my-space.hf.space');
    expect(settings).toMatchObject({
      tokenTtlMs: 600_000,
      tokenExpiryMarginMs: 30_000,
      idleTimeoutMs: 60_000,
      progressIntervalMs: 200,
    });
  });

  it('puts every host under a mirror, as the emulator serves them', () => {
    const settings = resolveSpaceSettings({ mirrorUrl: 'http://127.0.0.1:8080/' }, {});
    expect(settings.huggingFaceUrl).toBe('http://127.0.0.1:8080/huggingface.co');
    expect(settings.spaceUrl('roxky/FLUX.1-dev')).toBe('http://127.0.0.1:8080/roxky-flux-1-dev.hf.space');
    expect(settings.spaceUrl('roxky/G4F-flux')).toBe('http://127.0.0.1:8080/roxky-g4f-flux.hf.space');
  });

  it('lets explicit URLs win, by Space id in any case, keeping path prefixes', () => {
    const settings = resolveSpaceSettings(
      {
        mirrorUrl: 'http://mirror.test',
        huggingFaceUrl: 'http://127.0.0.1:9/huggingface.co/',
        spaceUrls: { 'Roxky/flux.1-DEV': 'http://127.0.0.1:9/roxky-flux-1-dev.hf.space/' },
      },
      {},
    );
    expect(settings.huggingFaceUrl).toBe('http://127.0.0.1:9/huggingface.co');
    expect(settings.spaceUrl('roxky/FLUX.1-dev')).toBe('http://127.0.0.1:9/roxky-flux-1-dev.hf.space');
    expect(settings.spaceUrl('roxky/Janus-Pro-7B')).toBe('http://mirror.test/roxky-janus-pro-7b.hf.space');
  });

  it('reads the Hugging Face token from HF_TOKEN when the section has none, and joins cookie maps', () => {
    expect(resolveSpaceSettings({}, { HF_TOKEN: 'hf_env' }).hfToken).toBe('hf_env');
    expect(resolveSpaceSettings({ hfToken: 'hf_config' }, { HF_TOKEN: 'hf_env' }).hfToken).toBe('hf_config');
    expect(resolveSpaceSettings({}, { HF_TOKEN: ' ' }).hfToken).toBeUndefined();
    expect(resolveSpaceSettings({ cookies: { token: 'a', session: 'b' } }, {}).cookies).toBe('token=a; session=b');
  });

  it('rejects a misspelt key or a bad URL, naming the field and never echoing a secret', () => {
    const attempt = (section: unknown) => () => resolveSpaceSettings(section, {});
    expect(attempt({ huggingfaceUrl: 'http://x' })).toThrow(InvalidConfigError);
    expect(attempt({ huggingfaceUrl: 'http://x' })).toThrow(/providers\.HuggingFace/);
    expect(attempt({ spaceUrls: { 'roxky/FLUX.1-dev': 'ftp://x' } })).toThrow(/spaceUrls\.roxky\/FLUX\.1-dev/);
    const secret = (() => {
      try {
        resolveSpaceSettings({ hfToken: 4242, cookies: { sid: 17 } }, {});
      } catch (error) {
        return (error as Error).message;
      }
      return 'did not throw';
    })();
    expect(secret).toMatch(/hfToken.*cookies/);
    expect(secret).not.toMatch(/4242|17/);
  });
});

describe('joinUrl', () => {
  it('concatenates, keeping a base path prefix', () => {
    expect(joinUrl('http://127.0.0.1:8080/roxky-flux-1-dev.hf.space/', '/gradio_api/queue/join')).toBe(
      'http://127.0.0.1:8080/roxky-flux-1-dev.hf.space/gradio_api/queue/join',
    );
    expect(joinUrl('https://huggingface.co', 'spaces', 'roxky/FLUX.1-dev')).toBe(
      'https://huggingface.co/spaces/roxky/FLUX.1-dev',
    );
  });
});
