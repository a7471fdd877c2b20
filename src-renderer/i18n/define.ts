type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Namespace<T = unknown> = { ns: string; en: T; fr: Widen<T> };

/** A feature's strings: its own namespace, English and French with the same keys (the compiler checks). */
export function defineMessages<const N extends string, T>(ns: N, en: T, fr: Widen<T>) {
  return { ns, en, fr };
}
