import { describe, expect, it } from 'vitest';
import { mergeConfigLayers } from './merge-config-layers.js';

describe('mergeConfigLayers', () => {
  it('merges objects at every depth and lets later layers win', () => {
    const { values } = mergeConfigLayers([
      { values: { a: 1, nested: { keep: true, deeper: { x: 1, y: 1 } } }, origin: 'first' },
      { values: { a: 2, nested: { deeper: { y: 2 } } }, origin: 'second' },
    ]);
    expect(values).toEqual({ a: 2, nested: { keep: true, deeper: { x: 1, y: 2 } } });
  });

  it('replaces arrays and values of another kind whole', () => {
    const { values } = mergeConfigLayers([
      { values: { list: [1, 2, 3], shape: { a: 1 }, scalar: { a: 1 } }, origin: 'first' },
      { values: { list: [4], shape: 'flat', scalar: null }, origin: 'second' },
    ]);
    expect(values).toEqual({ list: [4], shape: 'flat', scalar: null });
  });

  it('records which layer set each path last', () => {
    const { origins } = mergeConfigLayers([
      { values: { server: { host: 'h', port: 1 } }, origin: 'file' },
      { values: { server: { port: 2 } }, origin: 'G4F_PORT' },
    ]);
    expect(origins.get('server.host')).toBe('file');
    expect(origins.get('server.port')).toBe('G4F_PORT');
    expect(origins.get('server')).toBe('G4F_PORT');
  });

  it('skips undefined values and never changes the layers it was given', () => {
    const first = { server: { port: 1 } };
    const second = { server: { port: undefined, host: 'h' }, other: undefined };
    const { values, origins } = mergeConfigLayers([
      { values: first, origin: 'first' },
      { values: second, origin: 'second' },
    ]);
    expect(values).toEqual({ server: { port: 1, host: 'h' } });
    expect('other' in values).toBe(false);
    expect(origins.get('server.port')).toBe('first');
    expect(first).toEqual({ server: { port: 1 } });
    expect(second.server.host).toBe('h');
  });
});
