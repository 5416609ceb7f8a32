import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { UsageError } from '../errors/usage-error.js';
import {
  parseAspectRatio,
  parseImageCount,
  parseName,
  parsePort,
  parseProxyUrl,
  parseSeed,
  parseSizeFlag,
} from './flag-parsers.js';

describe('flag parsers', () => {
  it('accepts an image count from 1 to 10 and rejects anything else', () => {
    expect(parseImageCount('1')).toBe(1);
    expect(parseImageCount(' 10 ')).toBe(10);
    for (const bad of ['0', '11', '2.5', 'two', '', '1e1', '-1']) {
      expect(() => parseImageCount(bad), bad).toThrow(InvalidArgumentError);
    }
    expect(() => parseImageCount('11')).toThrow('Expected an integer from 1 to 10.');
  });

  it('reads a size as WxH and normalises it', () => {
    expect(parseSizeFlag('1024x768')).toBe('1024x768');
    expect(parseSizeFlag(' 512 X 512 ')).toBe('512x512');
    expect(parseSizeFlag('0640x480')).toBe('640x480');
    expect(() => parseSizeFlag('1024')).toThrow('Expected WIDTHxHEIGHT, e.g. 1024x768.');
    expect(() => parseSizeFlag('16:9')).toThrow(InvalidArgumentError);
    expect(() => parseSizeFlag('0x10')).toThrow('from 1 to 8192');
    expect(() => parseSizeFlag('9000x10')).toThrow('from 1 to 8192');
  });

  it('reads an aspect ratio as W:H with positive integers', () => {
    expect(parseAspectRatio('16:9')).toBe('16:9');
    expect(parseAspectRatio(' 03 : 2 ')).toBe('3:2');
    for (const bad of ['16x9', '0:1', '1:0', 'wide', '1.5:1']) {
      expect(() => parseAspectRatio(bad), bad).toThrow(InvalidArgumentError);
    }
  });

  it('reads a seed as a non-negative 32-bit integer', () => {
    expect(parseSeed('0')).toBe(0);
    expect(parseSeed('4294967295')).toBe(4_294_967_295);
    expect(() => parseSeed('-1')).toThrow(InvalidArgumentError);
    expect(() => parseSeed('4294967296')).toThrow(InvalidArgumentError);
    expect(() => parseSeed('abc')).toThrow('Expected an integer from 0 to 4294967295.');
  });

  it('reads a port from 0 to 65535', () => {
    expect(parsePort('0')).toBe(0);
    expect(parsePort('1337')).toBe(1337);
    expect(() => parsePort('65536')).toThrow(InvalidArgumentError);
    expect(() => parsePort('http')).toThrow(InvalidArgumentError);
  });

  it('accepts http, https and socks5 proxies and never quotes a rejected one', () => {
    expect(parseProxyUrl('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(parseProxyUrl(' socks5://user:pw@host:1080 ')).toBe('socks5://user:pw@host:1080');
    for (const bad of ['ftp://user:s3cret@host', 'not a url', 'http://']) {
      let error: unknown;
      try {
        parseProxyUrl(bad);
      } catch (caught) {
        error = caught;
      }
      expect(error, bad).toBeInstanceOf(UsageError);
      expect((error as Error).message).toContain('--proxy');
      expect((error as Error).message).not.toContain('s3cret');
    }
  });

  it('rejects empty names', () => {
    expect(parseName(' ARTA ')).toBe('ARTA');
    expect(() => parseName('  ')).toThrow('Must not be empty.');
  });
});
