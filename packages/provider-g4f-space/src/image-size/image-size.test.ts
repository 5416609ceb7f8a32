import { InvalidOptionsError } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { ASPECT_RATIO_SIZES, useAspectRatio } from './aspect-ratio-sizes.js';
import { floorToMultiple } from './floor-to-multiple.js';

describe('useAspectRatio', () => {
  it("knows g4f's 13 ratios and defaults to 1:1", () => {
    expect(Object.keys(ASPECT_RATIO_SIZES)).toHaveLength(13);
    expect(useAspectRatio({})).toEqual({ width: 1024, height: 1024 });
    expect(useAspectRatio({}, '16:9')).toEqual({ width: 1024, height: 576 });
    expect(useAspectRatio({}, '3:2')).toEqual({ width: 1024, height: 682 });
    expect(useAspectRatio({}, '4:5')).toEqual({ width: 832, height: 1040 });
  });

  it('lets explicit sides win, filling a missing one from the ratio', () => {
    expect(useAspectRatio({ width: 640, height: 480 }, '9:16')).toEqual({ width: 640, height: 480 });
    expect(useAspectRatio({ width: 640 }, '9:16')).toEqual({ width: 640, height: 1024 });
  });

  it('rejects an unknown ratio before any request', () => {
    expect(() => useAspectRatio({}, '7:3', 'FluxDev')).toThrow(InvalidOptionsError);
    expect(() => useAspectRatio({}, '7:3', 'FluxDev')).toThrow(/aspectRatio: must be one of 1:1, 16:9/);
  });
});

describe('floorToMultiple', () => {
  it('floors to a multiple of 8, at least 32', () => {
    expect([floorToMultiple(1000), floorToMultiple(777), floorToMultiple(20), floorToMultiple(39)]).toEqual([
      1000, 776, 32, 32,
    ]);
  });
});
