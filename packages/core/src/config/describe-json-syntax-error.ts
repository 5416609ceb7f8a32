/**
 * Explains why `text` is not valid JSON, with a line and column, without
 * quoting it: V8's own message can include a stretch of the text, and config
 * files hold API keys. Call it only with text that `JSON.parse` rejected.
 */
export function describeJsonSyntaxError(text: string): string {
  const message = parseErrorMessage(text) ?? 'Invalid JSON';
  const offset =
    positionIn(message) ?? (message.includes('Unexpected end of JSON input') ? text.length : findErrorOffset(text));
  // V8's "Unexpected token 'x', <excerpt> is not valid JSON" quotes the text, so
  // that one is rebuilt from the offending character; the others end with a position.
  const reason = message.includes(' is not valid JSON')
    ? `Unexpected character ${JSON.stringify(characterAt(text, offset))}`
    : message.replace(/ (in JSON )?at position \d+.*$/s, '');
  const { line, column } = lineAndColumn(text, offset);
  return `${reason} at line ${line}, column ${column}`;
}

function parseErrorMessage(text: string): string | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

function positionIn(message: string): number | undefined {
  const match = / at position (\d+)/.exec(message);
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

/**
 * V8 gives no position for "Unexpected token" errors. Every prefix that ends
 * before the bad character is the start of some valid document (it parses, or
 * fails only for ending early), and every longer prefix is not, so a binary
 * search over prefix lengths finds the offset of the first bad character.
 */
function findErrorOffset(text: string): number {
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const middle = Math.floor((good + bad) / 2);
    if (failsOnlyAtEnd(text.slice(0, middle))) good = middle;
    else bad = middle;
  }
  return good;
}

function failsOnlyAtEnd(prefix: string): boolean {
  const message = parseErrorMessage(prefix);
  if (message === undefined || message.includes('Unexpected end of JSON input')) return true;
  const position = positionIn(message);
  return position !== undefined && position >= prefix.length;
}

function characterAt(text: string, offset: number): string {
  const codePoint = text.codePointAt(offset);
  return codePoint === undefined ? '' : String.fromCodePoint(codePoint);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
