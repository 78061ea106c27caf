// The shape of a standard-library package: Go declarations the checker reads like user code, and
// the TypeScript that implements whatever those declarations leave without a body.
//
// How the compiler uses a StdPackage:
// - `source` is one Go file (`package strings`, the last element of the import path). It is parsed
//   and type-checked as package `path`; it may import other standard packages (fmt imports errors,
//   os, ...). Functions and methods declared without a body are bound to `impl`; those with a body
//   are compiled like user code (generic functions are best written this way: a Go body that hands
//   its argument to a non-generic TS helper taking `any`, so the helper sees the RType).
// - `impl` keys: "Name" for a package-level function, "Type.Method" for a method (pointer or value
//   receiver alike; the receiver is passed first: for a pointer to a struct, the struct object).
//   Unexported names are allowed (helpers called from Go bodies). Each value follows the calling
//   convention of docs/runtime-values.md: Go values in, Go values out, several results as an array.
// - A function that may block (reads stdin, waits on the scheduler) is a generator function
//   (`function*`), or a plain function wrapped with `blocking` that returns NOT_BLOCKED when it
//   did not block: that is how the compiler knows to call it with `yield*` (see `mayBlock`).
// - Per-run state (output writers, os.Args, stdin, the display hook) is not captured here: impl
//   functions reach it through the runtime while the program runs.

export interface StdPackage {
  /** The import path: "fmt", "unicode/utf8", "golesson/display". */
  readonly path: string;
  /** Go declarations (and bodies where simplest) as Go source text. */
  readonly source: string;
  /** TypeScript implementations of the body-less declarations, keyed "Name" or "Type.Method". */
  readonly impl: Readonly<Record<string, unknown>>;
}

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor as unknown;

/** Whether an impl entry may block, i.e. must be called with `yield*` from a generator: a
 *  generator function, or a function flagged `$gen` that returns an iterator (one that blocks
 *  rarely can return an already finished iterator on its usual path instead of a new generator). */
export function mayBlock(fn: unknown): boolean {
  return (
    typeof fn === 'function' &&
    (fn instanceof (GeneratorFunction as FunctionConstructor) || (fn as { $gen?: boolean }).$gen === true)
  );
}

const FINISHED: IteratorResult<never, undefined> = { done: true, value: undefined };

/** An iterator that is already done: what a `$gen` impl returns when it did not block. */
export const NOT_BLOCKED: Generator<never, undefined, unknown> = {
  next: () => FINISHED,
  return: () => FINISHED,
  throw: (e: unknown) => {
    throw e;
  },
  [Symbol.iterator]() {
    return this;
  },
} as unknown as Generator<never, undefined, unknown>;

/** Flags an impl that returns an iterator (NOT_BLOCKED or a generator) as one that may block. */
export function blocking<F extends (...args: any[]) => Iterator<unknown>>(f: F): F {
  (f as { $gen?: boolean }).$gen = true;
  return f;
}

/** The package clause name for an import path ("unicode/utf8" -> "utf8"; a major-version suffix
 *  is not the name: "math/rand/v2" -> "rand"). */
export function packageName(path: string): string {
  const parts = path.split('/');
  const last = parts[parts.length - 1]!;
  return parts.length > 1 && /^v[2-9][0-9]*$/.test(last) ? parts[parts.length - 2]! : last;
}
