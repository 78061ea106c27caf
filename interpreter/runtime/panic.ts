// The exceptions that carry Go control flow through JS: GoPanic (a Go panic with its value and its
// chain of earlier panics), GoExit (runtime.Goexit), OsExit (os.Exit), GoFatal (fatal errors that
// no recover can stop). Any other exception reaching the top is a golesson bug.
import type { Iface } from './iface.js';
import { tracer } from './tracehook.js';

/** A Go panic. `value` is the interface value passed to panic (never null: panic(nil) is a
 *  *runtime.PanicNilError). Extends Error so V8 records the JS stack the trace is built from. */
export class GoPanic extends Error {
  /** Set when a deferred call recovered it (printed as `[recovered]` if a later panic ends the program). */
  recovered = false;
  /** The panic that was running when this one started (printed before it). */
  link: GoPanic | null = null;
  /** A nil dereference: Go prints the `[signal SIGSEGV ...]` line for it. */
  signal = false;
  constructor(readonly value: Iface) {
    super('Go panic');
    if (tracer) {
      tracer.panic(tracer.line, value);
      tracer.line = 0;
    }
  }
}

/** runtime.Goexit: unwinds the goroutine running deferred calls; not recoverable. */
export class GoExit extends Error {
  constructor() {
    super('runtime.Goexit');
    if (tracer) {
      tracer.goexit(tracer.line);
      tracer.line = 0;
    }
  }
}

/** os.Exit(code): ends the program at once; deferred calls do not run. */
export class OsExit extends Error {
  constructor(readonly code: number) {
    super(`os.Exit(${code})`);
  }
}

/** A fatal error (`fatal error: all goroutines are asleep - deadlock!`, stack overflow, ...):
 *  never recoverable, deferred calls do not run. `msg` is the text after "fatal error: ". */
export class GoFatal extends Error {
  constructor(readonly msg: string) {
    super('fatal error: ' + msg);
  }
}

/** Whether a JS exception is one of Go's own (not a golesson bug). */
export function isGoControl(e: unknown): e is GoPanic | GoExit | OsExit | GoFatal {
  return e instanceof GoPanic || e instanceof GoExit || e instanceof OsExit || e instanceof GoFatal;
}
