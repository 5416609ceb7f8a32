/** One streaming edit, as Gradio sends them: `[action, path, value]`. */
export type GradioEdit = [
  action: 'replace' | 'append' | 'add' | 'delete',
  path: Array<string | number>,
  value: unknown,
];

type Kind = 'null' | 'boolean' | 'number' | 'string' | 'array' | 'object';

function kindOf(value: unknown): Kind {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  const type = typeof value;
  if (type === 'boolean' || type === 'number' || type === 'string') return type;
  return 'object';
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const kind = kindOf(a);
  if (kind !== kindOf(b)) return false;
  if (kind === 'array') {
    const left = a as unknown[];
    const right = b as unknown[];
    return left.length === right.length && left.every((item, index) => deepEqual(item, right[index]));
  }
  if (kind === 'object') {
    const left = a as Record<string, unknown>;
    const right = b as Record<string, unknown>;
    const keys = Object.keys(left);
    return (
      keys.length === Object.keys(right).length && keys.every((key) => key in right && deepEqual(left[key], right[key]))
    );
  }
  return false;
}

/**
 * The edits that turn `previous` into `next`, with the semantics of Gradio's
 * `utils.diff` (used for every `process_generating` after the first): equal ->
 * nothing; different types -> replace; a string that extends the old one ->
 * append the suffix; lists and dicts recurse (extra items `add`, missing ones
 * `delete`); anything else -> replace.
 */
export function gradioDiff(previous: unknown, next: unknown, path: Array<string | number> = []): GradioEdit[] {
  if (deepEqual(previous, next)) return [];
  const kind = kindOf(previous);
  if (kind !== kindOf(next)) return [['replace', path, next]];
  if (kind === 'string' && (next as string).startsWith(previous as string)) {
    return [['append', path, (next as string).slice((previous as string).length)]];
  }
  if (kind === 'array') {
    const left = previous as unknown[];
    const right = next as unknown[];
    const common = Math.min(left.length, right.length);
    const edits: GradioEdit[] = [];
    for (let index = 0; index < common; index += 1)
      edits.push(...gradioDiff(left[index], right[index], [...path, index]));
    for (let index = common; index < left.length; index += 1) edits.push(['delete', [...path, index], null]);
    for (let index = common; index < right.length; index += 1) edits.push(['add', [...path, index], right[index]]);
    return edits;
  }
  if (kind === 'object') {
    const left = previous as Record<string, unknown>;
    const right = next as Record<string, unknown>;
    const edits: GradioEdit[] = [];
    for (const key of Object.keys(left)) {
      if (key in right) edits.push(...gradioDiff(left[key], right[key], [...path, key]));
      else edits.push(['delete', [...path, key], null]);
    }
    for (const key of Object.keys(right)) if (!(key in left)) edits.push(['add', [...path, key], right[key]]);
    return edits;
  }
  return [['replace', path, next]];
}
