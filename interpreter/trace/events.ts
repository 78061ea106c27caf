// What a traced run reports about defer, panic and recover (the runtime calls the recorder's
// methods only in programs compiled for %trace, so untraced programs pay nothing), and the recorder
// that turns those calls into events with every value already formatted: a value printed later
// could have changed, and the trace must show what the program saw at that moment.
import type { RType } from '../runtime/rtype.js';
import type { Iface } from '../runtime/iface.js';
import type { Tracer } from '../runtime/tracehook.js';

/** Formats a Go value of a given type as `%v` does. */
export type ValueFormatter = (t: RType, v: unknown) => string;

export type TraceEvent =
  /** A function that has defer statements starts (frame: an id unique in the run). */
  | { readonly kind: 'enter'; readonly g: number; readonly frame: number; readonly func: string; readonly line: number }
  /** A defer statement ran: the call it registered, its arguments as evaluated now. */
  | {
      readonly kind: 'defer'; readonly g: number; readonly frame: number; readonly line: number; readonly call: string;
      /** Arguments as shown (`err = <nil>`) and their bare values (`<nil>`). */
      readonly args: readonly string[]; readonly values: readonly string[]; readonly index: number;
      /** Per argument: it refers to memory the program can still change (slice elements, map
       *  entries, pointed-to values), so the deferred call may see later changes through it. */
      readonly shared: readonly boolean[];
    }
  /** A return statement set the results (names with values), before deferred calls run. */
  | { readonly kind: 'return'; readonly g: number; readonly frame: number; readonly line: number; readonly results: readonly string[] }
  /** A deferred call starts / finishes. */
  | { readonly kind: 'run'; readonly g: number; readonly frame: number; readonly index: number; readonly panicking: boolean }
  | { readonly kind: 'ran'; readonly g: number; readonly frame: number; readonly index: number }
  /** The function leaves: the results its caller gets, or that it is unwinding by a panic/Goexit. */
  | { readonly kind: 'exit'; readonly g: number; readonly frame: number; readonly results: readonly string[]; readonly unwinding: 'panic' | 'goexit' | null }
  | { readonly kind: 'panic'; readonly g: number; readonly line: number; readonly value: string }
  | { readonly kind: 'recover'; readonly g: number; readonly line: number; readonly value: string }
  | { readonly kind: 'goexit'; readonly g: number; readonly line: number }
  | { readonly kind: 'go'; readonly g: number; readonly child: number; readonly func: string; readonly line: number }
  | { readonly kind: 'output'; readonly g: number; readonly stream: 'stdout' | 'stderr'; readonly text: string }
  /** The program ended; goroutines still alive were dropped. */
  | { readonly kind: 'end'; readonly outcome: string; readonly dropped: readonly number[] };

/** A run with more events than this keeps counting but stops recording (the model summarises). */
export const MaxEvents = 200000;

/** Whether a value of type t reaches memory shared with the rest of the program. */
function refersToMemory(t: RType, v: unknown): boolean {
  switch (t.kind) {
    case 'Slice': case 'Map': case 'Pointer': case 'Chan': case 'Func': case 'UnsafePointer':
      return true;
    case 'Interface':
      return v !== null && refersToMemory((v as Iface).type, (v as Iface).value);
    case 'Struct':
      return t.fields.some((f) => refersToMemory(f.type, (v as Record<string, unknown>)[f.prop]));
    case 'Array':
      return t.len > 0 && refersToMemory(t.elem!, (v as unknown[])[0]);
    default:
      return false;
  }
}

export class TraceRecorder implements Tracer {
  line = 0;
  readonly events: TraceEvent[] = [];
  /** Events not recorded because the run was too large. */
  dropped = 0;
  private nextFrame = 1;
  private readonly frames = new Map<number, { g: number; count: number }>();

  constructor(
    private readonly format: ValueFormatter,
    /** The id of the goroutine running now. */
    private readonly goroutine: () => number,
  ) {}

  private push(e: TraceEvent): void {
    if (this.events.length < MaxEvents) this.events.push(e);
    else this.dropped++;
  }

  private values(types: readonly RType[], values: readonly unknown[]): string[] {
    return types.map((t, i) => this.format(t, values[i]));
  }

  enter(func: string, line: number): number {
    const frame = this.nextFrame++;
    const g = this.goroutine();
    this.frames.set(frame, { g, count: 0 });
    this.push({ kind: 'enter', g, frame, func, line });
    return frame;
  }

  defer(frame: number, line: number, call: string, argTexts: readonly string[], types: readonly RType[], args: readonly unknown[], variadic: boolean): void {
    const f = this.frames.get(frame);
    const index = f ? ++f.count : 0;
    // Pair each argument as written with its value; a variadic call's values come in one slice.
    let values = this.values(types, args);
    let shared = types.map((t, i) => refersToMemory(t, args[i]));
    if (variadic && types.length > 0) {
      const last = args[types.length - 1] as { array: unknown[]; offset: number; length: number } | null;
      const elem = types[types.length - 1]!.elem!;
      const elems = last ? last.array.slice(last.offset, last.offset + last.length) : [];
      values = [...values.slice(0, types.length - 1), ...elems.map((v) => this.format(elem, v))];
      shared = [...shared.slice(0, types.length - 1), ...elems.map((v) => refersToMemory(elem, v))];
    }
    const literal = /^(".*"|`.*`|'.*'|[-+]?[0-9][0-9a-fA-Fx._eEpPi+-]*)$/s;
    // A literal is shown as written ("x =", not a bare x =); an expression with its value.
    const shown = values.map((v, i) => {
      const text = argTexts[i];
      if (text === undefined || text === v) return v;
      return literal.test(text) ? text : `${text} = ${v}`;
    });
    this.push({ kind: 'defer', g: this.goroutine(), frame, line, call, args: shown, values, index, shared });
  }

  ret(frame: number, line: number, names: readonly string[], types: readonly RType[], values: readonly unknown[]): void {
    const vs = this.values(types, values);
    this.push({ kind: 'return', g: this.goroutine(), frame, line, results: vs.map((v, i) => (names[i] ? `${names[i]} = ${v}` : v)) });
  }

  run(frame: number, index: number, panicking: boolean): void {
    this.push({ kind: 'run', g: this.goroutine(), frame, index, panicking });
  }

  ran(frame: number, index: number): void {
    this.push({ kind: 'ran', g: this.goroutine(), frame, index });
  }

  exit(frame: number, names: readonly string[], types: readonly RType[], values: readonly unknown[], unwinding: 'panic' | 'goexit' | null): void {
    const vs = unwinding ? [] : this.values(types, values);
    this.push({ kind: 'exit', g: this.goroutine(), frame, results: vs.map((v, i) => (names[i] ? `${names[i]} = ${v}` : v)), unwinding });
    this.frames.delete(frame);
  }

  panic(line: number, v: Iface | null): void {
    this.push({ kind: 'panic', g: this.goroutine(), line, value: v ? this.format(v.type, v.value) : 'nil' });
  }

  recover(line: number, v: Iface | null): void {
    this.push({ kind: 'recover', g: this.goroutine(), line, value: v ? this.format(v.type, v.value) : 'nil' });
  }

  goexit(line: number): void {
    this.push({ kind: 'goexit', g: this.goroutine(), line });
  }

  go(child: number, func: string, line: number): void {
    this.push({ kind: 'go', g: this.goroutine(), child, func, line });
  }

  output(stream: 'stdout' | 'stderr', text: string): void {
    this.push({ kind: 'output', g: this.goroutine(), stream, text });
  }

  end(outcome: string, dropped: readonly number[]): void {
    this.events.push({ kind: 'end', outcome, dropped });
  }
}
