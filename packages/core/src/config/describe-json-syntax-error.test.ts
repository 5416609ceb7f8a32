import { describe, expect, it } from 'vitest';
import { describeJsonSyntaxError } from './describe-json-syntax-error.js';

const SECRET = 'sk-secret-value';

describe('describeJsonSyntaxError', () => {
  it.each([
    ['{"a": 1', "Expected ',' or '}' after property value at line 1, column 8"],
    ['{"a":1,}', 'Expected double-quoted property name at line 1, column 8'],
    ['{"a": 1}\nx', 'Unexpected non-whitespace character after JSON at line 2, column 1'],
    ['', 'Unexpected end of JSON input at line 1, column 1'],
    ['nul', 'Unexpected end of JSON input at line 1, column 4'],
  ])('uses the position V8 reports: %j', (text, expected) => {
    expect(describeJsonSyntaxError(text)).toBe(expected);
  });

  it.each([
    ['{"a": x}', 'Unexpected character "x" at line 1, column 7'],
    ['{"a": tru}', 'Unexpected character "}" at line 1, column 10'],
    ['{\n  "a": [1, 2,]\n}', 'Unexpected character "]" at line 2, column 14'],
  ])('finds the position V8 leaves out for an unexpected token: %j', (text, expected) => {
    expect(describeJsonSyntaxError(text)).toBe(expected);
  });

  it('never quotes the text around the error, which V8 itself would', () => {
    const text = `{\n  "apiKey": "${SECRET}",\n  "other": ${SECRET}\n}`;
    expect(() => JSON.parse(text)).toThrow(SECRET.slice(0, 8));
    const description = describeJsonSyntaxError(text);
    expect(description).toBe('Unexpected character "s" at line 3, column 12');
    expect(description).not.toContain('secret');
  });
});
