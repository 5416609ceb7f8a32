import { InvalidArgumentError } from 'commander';
import { UsageError } from '../errors/usage-error.js';

/*
 * Parsers for option values, used with commander's `argParser`. A rejection
 * throws InvalidArgumentError, which commander reports as
 * "option '--size <WxH>' argument '12' is invalid. <reason>", naming the flag.
 */

/** Largest width or height the client accepts. */
const MAX_SIDE = 8192;
const MAX_SEED = 2 ** 32 - 1;

/** `-n`: how many images, an integer from 1 to 10. */
export function parseImageCount(value: string): number {
  return parseInteger(value, 1, 10);
}

/** `--seed`: a non-negative integer. */
export function parseSeed(value: string): number {
  return parseInteger(value, 0, MAX_SEED);
}

/** `--port`: 0 (any free port) to 65535. */
export function parsePort(value: string): number {
  return parseInteger(value, 0, 65_535);
}

/** `--size`: `WxH`, each side from 1 to 8192; returns it normalised ("1024x768"). */
export function parseSizeFlag(value: string): string {
  const match = /^\s*(\d{1,5})\s*[xX×]\s*(\d{1,5})\s*$/.exec(value);
  if (!match) throw new InvalidArgumentError('Expected WIDTHxHEIGHT, e.g. 1024x768.');
  const [width, height] = [Number(match[1]), Number(match[2])];
  if (width < 1 || height < 1 || width > MAX_SIDE || height > MAX_SIDE) {
    throw new InvalidArgumentError(`Width and height must be from 1 to ${MAX_SIDE}.`);
  }
  return `${width}x${height}`;
}

/** `--aspect-ratio`: `W:H` with positive integers, e.g. 16:9. */
export function parseAspectRatio(value: string): string {
  const match = /^\s*(\d{1,4})\s*:\s*(\d{1,4})\s*$/.exec(value);
  if (!match || Number(match[1]) === 0 || Number(match[2]) === 0) {
    throw new InvalidArgumentError('Expected WIDTH:HEIGHT with positive integers, e.g. 16:9.');
  }
  return `${Number(match[1])}:${Number(match[2])}`;
}

/**
 * `--proxy`: an http, https or socks5 URL. The rejection does not quote the
 * value (commander's would), since a proxy URL may carry a password.
 */
export function parseProxyUrl(value: string): string {
  const text = value.trim();
  const problem = 'option --proxy expects an http, https or socks5 URL, e.g. http://127.0.0.1:8080';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new UsageError(problem);
  }
  if (!['http:', 'https:', 'socks5:'].includes(url.protocol) || url.hostname === '') throw new UsageError(problem);
  return text;
}

/** A provider or model name: not empty once trimmed. */
export function parseName(value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new InvalidArgumentError('Must not be empty.');
  return trimmed;
}

function parseInteger(value: string, min: number, max: number): number {
  const text = value.trim();
  if (!/^[+-]?\d+$/.test(text)) throw new InvalidArgumentError(`Expected an integer from ${min} to ${max}.`);
  const number = Number(text);
  if (number < min || number > max) throw new InvalidArgumentError(`Expected an integer from ${min} to ${max}.`);
  return number;
}
