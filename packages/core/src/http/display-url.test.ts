import { describe, expect, it } from 'vitest';
import { displayUrl } from './display-url.js';

describe('displayUrl', () => {
  it('drops the query string, fragment and credentials', () => {
    expect(displayUrl('https://user:pass@api.test:8443/v1/images?key=SECRET#frag')).toBe(
      'https://api.test:8443/v1/images',
    );
  });

  it('still drops the query of something that is not a valid URL', () => {
    expect(displayUrl('not a url?key=SECRET')).toBe('not a url');
  });
});
