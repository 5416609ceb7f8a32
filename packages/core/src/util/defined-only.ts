/** Drops undefined values, so optional fields stay absent rather than `undefined`. */
export function definedOnly<T extends Record<string, unknown>>(record: T): Partial<T> {
  // A loop rather than fromEntries(entries().filter()): it runs on every generation, and allocates one object.
  const defined: Partial<T> = {};
  for (const key in record) {
    if (record[key] !== undefined) defined[key] = record[key];
  }
  return defined;
}
