/** `T` with every object property optional at every depth; arrays stay whole, since they replace rather than merge. */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [Key in keyof T]?: DeepPartial<T[Key]> | undefined }
    : T;
