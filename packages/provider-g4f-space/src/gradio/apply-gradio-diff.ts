/** One streaming edit as Gradio sends it: `[action, path, value]`. */
export type GradioDiffOp = readonly [
  action: 'replace' | 'append' | 'add' | 'delete',
  path: ReadonlyArray<string | number>,
  value: unknown,
];

const ACTIONS = new Set(['replace', 'append', 'add', 'delete']);

/** Whether a `process_generating` output value is a list of edits rather than a whole value. */
export function isGradioDiff(value: unknown): value is GradioDiffOp[] {
  return (
    Array.isArray(value) &&
    value.every(
      (edit) =>
        Array.isArray(edit) &&
        edit.length === 3 &&
        typeof edit[0] === 'string' &&
        ACTIONS.has(edit[0]) &&
        Array.isArray(edit[1]) &&
        (edit[1] as unknown[]).every((key) => typeof key === 'string' || typeof key === 'number'),
    )
  );
}

/**
 * Applies Gradio's streaming edits to the previous value of an output and
 * returns the new value (the input is not modified). Same semantics as the
 * Gradio client: an empty path replaces or appends to the value itself;
 * otherwise the path walks into lists and objects, `add` inserts into a list,
 * `delete` removes from one. An edit whose path does not exist is skipped.
 */
export function applyGradioDiff(previous: unknown, diff: readonly GradioDiffOp[]): unknown {
  let value: unknown = structuredClone(previous);
  for (const [action, path, edit] of diff) value = applyEdit(value, action, path, edit);
  return value;
}

function applyEdit(target: unknown, action: GradioDiffOp[0], path: GradioDiffOp[1], value: unknown): unknown {
  if (path.length === 0) {
    if (action === 'replace') return structuredClone(value);
    if (action === 'append') return appendTo(target, value);
    return target;
  }
  let container: unknown = target;
  for (const key of path.slice(0, -1)) {
    if (!isContainer(container)) return target;
    container = (container as Record<string | number, unknown>)[key];
  }
  if (!isContainer(container)) return target;
  const last = path[path.length - 1] as string | number;
  const record = container as Record<string | number, unknown>;
  switch (action) {
    case 'replace':
      record[last] = structuredClone(value);
      break;
    case 'append':
      record[last] = appendTo(record[last], value);
      break;
    case 'add':
      if (Array.isArray(container)) container.splice(Number(last), 0, structuredClone(value));
      else record[last] = structuredClone(value);
      break;
    case 'delete':
      if (Array.isArray(container)) container.splice(Number(last), 1);
      else delete record[last];
      break;
  }
  return target;
}

function appendTo(current: unknown, value: unknown): unknown {
  if (Array.isArray(current)) return [...current, ...(Array.isArray(value) ? value : [value])];
  if (typeof current === 'string' && typeof value === 'string') return current + value;
  if (current === undefined || current === null) return structuredClone(value);
  return `${String(current)}${String(value)}`;
}

function isContainer(value: unknown): value is object {
  return typeof value === 'object' && value !== null;
}
