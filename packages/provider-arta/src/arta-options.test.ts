import { describe, expect, it } from 'vitest';
import { ARTA_ASPECT_RATIOS, nearestArtaAspectRatio } from './arta-aspect-ratios.js';
import { parseArtaOptions, randomArtaSeed } from './arta-options.js';
import { ARTA_API_STYLES, ARTA_STYLES } from './arta-styles.js';

describe('nearestArtaAspectRatio', () => {
  it.each([
    [1024, 1024, '1:1'],
    [1920, 1080, '16:9'],
    [1080, 1920, '9:16'],
    [1024, 1536, '2:3'],
    [1536, 1024, '3:2'],
    [1024, 768, '4:3'],
    [768, 1024, '3:4'],
    [2560, 1080, '21:9'],
    [1080, 2520, '9:21'],
    [1100, 1000, '1:1'],
    [5000, 100, '21:9'],
  ])('%ix%i → %s', (width, height, ratio) => {
    expect(nearestArtaAspectRatio(width, height)).toBe(ratio);
  });

  it('maps every supported ratio to itself', () => {
    for (const ratio of ARTA_ASPECT_RATIOS) {
      const [w, h] = ratio.split(':').map(Number) as [number, number];
      expect(nearestArtaAspectRatio(w * 100, h * 100)).toBe(ratio);
    }
  });
});

describe('parseArtaOptions', () => {
  it('applies the defaults', () => {
    expect(parseArtaOptions([], { prompt: 'a cat' }, () => 0)).toEqual({
      prompt: 'a cat',
      negativePrompt: 'blurry, deformed hands, ugly',
      n: 1,
      cfgScale: 7,
      steps: 30,
      aspectRatio: '1:1',
      seed: 9999,
    });
  });

  it('keeps 1:1 when only one of width and height is given', () => {
    expect(parseArtaOptions([], { prompt: 'a cat', width: 1920 }).aspectRatio).toBe('1:1');
  });

  it('keeps an explicit seed, including 0', () => {
    expect(parseArtaOptions([], { prompt: 'a cat', seed: 0 }).seed).toBe(0);
  });
});

describe('randomArtaSeed', () => {
  it("stays within g4f's range, both ends included", () => {
    expect(randomArtaSeed(() => 0)).toBe(9999);
    expect(randomArtaSeed(() => 0.999_999_999_9)).toBe(99_999_999);
  });
});

describe('ARTA_STYLES', () => {
  it("holds g4f's 55 aliases, gpt-image as a list of three", () => {
    expect(Object.keys(ARTA_STYLES)).toHaveLength(55);
    expect(ARTA_STYLES['gpt-image']).toEqual(['GPT4o', 'High GPT4o', 'GPT4o Ghibli']);
    expect(ARTA_STYLES.flux).toBe('Flux');
    expect(ARTA_STYLES['flux-dev']).toBe(ARTA_STYLES['f-dev']);
  });

  it('lists each API style once', () => {
    expect(new Set(ARTA_API_STYLES).size).toBe(ARTA_API_STYLES.length);
    expect(ARTA_API_STYLES).toContain('High GPT4o');
  });

  it('never maps an alias to a different alias (so resolving twice is stable)', () => {
    for (const [alias, target] of Object.entries(ARTA_STYLES)) {
      for (const style of typeof target === 'string' ? [target] : target) {
        if (style in ARTA_STYLES) expect(style).toBe(alias);
      }
    }
  });
});
