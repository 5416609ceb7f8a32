import { ImageResponse, ProviderInfo, Reasoning } from '@g4f-kit/core';
import { describe, expect, it } from 'vitest';
import { ProgressState } from './progress-state.js';

describe('ProgressState', () => {
  it('follows stages and status ticks as g4f providers report them', () => {
    const state = new ProgressState();
    expect(state.apply(new ProviderInfo({ name: 'ARTA', label: 'ARTA', url: '', model: 'flux' }))).toEqual({
      line: 'Using ARTA (flux)',
      stageChanged: true,
    });
    expect(state.apply(new Reasoning({ label: 'Waiting' }))).toEqual({ line: 'Waiting', stageChanged: true });
    expect(state.apply(new Reasoning({ label: 'Generating' }))).toEqual({ line: 'Generating', stageChanged: true });
    expect(state.apply(new Reasoning({ status: '1.20s' }))).toEqual({ line: 'Generating: 1.20s', stageChanged: false });
    expect(state.apply(new Reasoning({ label: 'Generated', status: '1 image(s) in 2.00s' }))).toEqual({
      line: 'Generated: 1 image(s) in 2.00s',
      stageChanged: true,
    });
  });

  it('shows a status on its own when no stage has a label', () => {
    const state = new ProgressState();
    expect(state.apply(new Reasoning({ status: 'Generating...' }))?.line).toBe('Generating...');
  });

  it('starts over with each provider attempt', () => {
    const state = new ProgressState();
    state.apply(new Reasoning({ label: 'Generating', status: '3s' }));
    state.apply(new ProviderInfo({ name: 'G4F', label: 'G4F', url: '', model: '' }));
    expect(state.apply(new Reasoning({ status: 'Finished' }))?.line).toBe('Finished');
  });

  it('ignores text, media, thinking tokens and empty updates', () => {
    const state = new ProgressState();
    expect(state.apply('hello')).toBeUndefined();
    expect(state.apply(new ImageResponse('https://x/1.png'))).toBeUndefined();
    expect(state.apply(new Reasoning({ token: 'thinking…' }))).toBeUndefined();
    expect(state.apply(new Reasoning({}))).toBeUndefined();
  });
});
