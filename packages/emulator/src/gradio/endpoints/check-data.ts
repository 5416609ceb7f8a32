export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'file-or-null';

export type FieldSpec = readonly [name: string, type: FieldType, range?: readonly [min: number, max: number]];

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function fits(value: unknown, type: FieldType): boolean {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'file-or-null':
      return (
        value === null ||
        (typeof value === 'object' && !Array.isArray(value) && typeof (value as { path?: unknown }).path === 'string')
      );
  }
}

/** Checks a positional `data` array; returns what is wrong, or undefined when it fits. */
export function checkData(data: readonly unknown[], fields: readonly FieldSpec[]): string | undefined {
  if (data.length !== fields.length)
    return `expected ${fields.length} inputs (${fields.map(([name]) => name).join(', ')}), got ${data.length}`;
  for (const [index, [name, type, range]] of fields.entries()) {
    const value = data[index];
    if (!fits(value, type))
      return `data[${index}] (${name}): expected ${type === 'file-or-null' ? 'a FileData or null' : type}, got ${describe(value)}`;
    if (range && typeof value === 'number' && (value < range[0] || value > range[1])) {
      return `data[${index}] (${name}): must be between ${range[0]} and ${range[1]}, got ${value}`;
    }
  }
  return undefined;
}
