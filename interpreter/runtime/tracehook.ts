// The hook through which a %trace run reports defer, panic, recover, Goexit and go statements.
// null unless the host is tracing, so the runtime's own checks cost one comparison; compiled code
// calls it only in programs compiled for tracing (compile option `trace`).
import type { Iface } from './iface.js';
import type { RType } from './rtype.js';

export interface Tracer {
  enter(func: string, line: number): number;
  defer(frame: number, line: number, call: string, argTexts: readonly string[], types: readonly RType[], args: readonly unknown[], variadic: boolean): void;
  ret(frame: number, line: number, names: readonly string[], types: readonly RType[], values: readonly unknown[]): void;
  run(frame: number, index: number, panicking: boolean): void;
  ran(frame: number, index: number): void;
  exit(frame: number, names: readonly string[], types: readonly RType[], values: readonly unknown[], unwinding: 'panic' | 'goexit' | null): void;
  panic(line: number, v: Iface | null): void;
  recover(line: number, v: Iface | null): void;
  goexit(line: number): void;
  go(child: number, func: string, line: number): void;
  /** The source line of the statement about to panic (set by traced code before panic calls). */
  line: number;
}

export let tracer: Tracer | null = null;

export function setTracer(t: Tracer | null): void {
  tracer = t;
}

/** Traced code's recover(): reports what recover returned, and returns it. */
export function recovered(line: number, v: Iface | null): Iface | null {
  tracer?.recover(line, v);
  return v;
}

/** How a traced frame is leaving when its deferred calls threw: a panic or runtime.Goexit. */
export function unwindKind(e: unknown): 'panic' | 'goexit' {
  return e instanceof Error && e.message === 'runtime.Goexit' ? 'goexit' : 'panic';
}
