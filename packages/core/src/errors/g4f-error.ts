const ERROR_KINDS = Symbol.for('g4f-kit.error.kinds');

export interface G4FErrorOptions {
  cause?: unknown;
  isRetryable?: boolean;
}

type ErrorClass = { readonly kind: string; prototype: G4FError };

/**
 * Base of every g4f-kit error.
 *
 * `isInstance()` checks a `Symbol.for` marker instead of the prototype chain, so
 * it still answers correctly when two copies of @g4f-kit/core are installed
 * (a plugin built against another version, a bundled copy).
 */
export class G4FError extends Error {
  static readonly kind: string = 'G4FError';

  /** Whether trying the same call again later may succeed. */
  readonly isRetryable: boolean;

  declare readonly [ERROR_KINDS]: readonly string[];

  constructor(message: string, options: G4FErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    const errorClass = new.target as unknown as ErrorClass;
    this.name = errorClass.kind;
    this.isRetryable = options.isRetryable ?? false;
    Object.defineProperty(this, ERROR_KINDS, { value: kindsOf(errorClass), enumerable: false });
  }

  static isInstance<T extends ErrorClass>(this: T, error: unknown): error is T['prototype'] {
    if (typeof error !== 'object' || error === null) return false;
    const kinds = (error as { [ERROR_KINDS]?: unknown })[ERROR_KINDS];
    return Array.isArray(kinds) && kinds.includes(this.kind);
  }
}

const kindCache = new WeakMap<object, readonly string[]>();

function kindsOf(errorClass: ErrorClass): readonly string[] {
  const cached = kindCache.get(errorClass);
  if (cached) return cached;
  const kinds: string[] = [];
  for (
    let current: unknown = errorClass;
    current && typeof current === 'function';
    current = Object.getPrototypeOf(current)
  ) {
    const kind = (current as Partial<ErrorClass>).kind;
    if (typeof kind === 'string' && !kinds.includes(kind)) kinds.push(kind);
  }
  kindCache.set(errorClass, kinds);
  return kinds;
}
