// The namespace compiled programs call (`$` in the generated JavaScript): every runtime helper the
// code generator emits a call to, in one object, plus the standard library's implementations.
import { tracer, recovered, unwindKind, type Tracer } from './tracehook.js';
import * as int64 from './int64.js';
import * as complex from './complex.js';
import * as strings from './strings.js';
import * as slice from './slice.js';
import * as map from './map.js';
import * as pointer from './pointer.js';
import * as iface from './iface.js';
import * as typedesc from './typedesc.js';
import * as builtins from './builtins.js';
import * as defer from './defer.js';
import * as errors from './errors.js';
import { GoFatal, GoPanic } from './panic.js';
import { budget, checkpoint } from './interrupt.js';
import { go, preempt, isGenFunc } from './scheduler.js';
import * as chan from './chan.js';
import { select } from './select.js';

/** x, or a nil-dereference panic when x is nil. */
function nn<T>(x: T | null): T {
  if (x === null || x === undefined) throw errors.nilDeref();
  return x;
}

/** The receiver of a value method called through a pointer: nil panics with Go's wrapper text. */
function nnw<T>(x: T | null, method: string, typeName: string): T {
  if (x === null || x === undefined) throw errors.plainError(`value method ${method} called using nil *${typeName} pointer`);
  return x;
}

/** Calling a nil func value panics like a nil dereference. */
function nnf<T>(f: T | null): T {
  if (f === null || f === undefined) throw errors.nilDeref();
  return f;
}

function mkpanic(v: iface.Iface | null): GoPanic {
  return new GoPanic(v === null ? errors.panicNilValue() : v);
}

function gopanic(v: iface.Iface | null): never {
  throw mkpanic(v);
}

function sliceLit<T>(a: T[]): slice.Slice<T> {
  return new slice.Slice(a, 0, a.length, a.length);
}

function mapLit(mt: typedesc.TypeDesc, kvs: unknown[]): map.GoMap {
  const m = map.makeMap(mt.key!, mt.elem!);
  for (let i = 0; i < kvs.length; i += 2) map.mapSet(m, kvs[i], kvs[i + 1]);
  return m;
}

/** A method value: the method with its receiver bound. */
function bind(f: (...a: unknown[]) => unknown, r: unknown): (...a: unknown[]) => unknown {
  if (isGenFunc(f)) return bindGen(f, r);
  return (...a: unknown[]) => f(r, ...a);
}
function bindGen(f: (...a: unknown[]) => unknown, r: unknown): (...a: unknown[]) => unknown {
  return function* (...a: unknown[]) {
    const g = f(r, ...a);
    if (g !== null && typeof g === 'object' && typeof (g as Generator).next === 'function') return yield* g as Generator;
    return g;
  };
}

/** A call through a func value from generator code: the callee may or may not be a generator. */
function* dyncall(f: ((...a: unknown[]) => unknown) | null, args: unknown[]): Generator<unknown, unknown, unknown> {
  if (f === null || f === undefined) throw errors.nilDeref();
  if (isGenFunc(f)) return yield* f(...args) as Generator<unknown, unknown, unknown>;
  return f(...args);
}

/** I.M as a function value: the interface value first. */
function ifaceMethodExpr(name: string): (x: iface.Iface | null, ...a: unknown[]) => unknown {
  return (x, ...a) => iface.imethod(x, name)(x!.value, ...a);
}

/** A range-over-func body called again after the loop stopped: `exhausted` when the iterator
 *  function had returned, otherwise the body had returned false (break, return, goto out). */
function rangeContinued(exhausted: boolean): never {
  throw errors.runtimeErrorString(
    exhausted ? 'range function continued iteration after whole loop exit' : 'range function continued iteration after function for loop body returned false',
  );
}

/** copy() for element types with value semantics. */
function copyValues(dst: slice.Slice | null, src: slice.Slice | null, et: typedesc.TypeDesc): number {
  if (dst === null || src === null) return 0;
  const n = Math.min(dst.length, src.length);
  const tmp = src.array.slice(src.offset, src.offset + n).map((v) => et.clone(v));
  for (let i = 0; i < n; i++) typedesc.assignInto(et, dst.array[dst.offset + i], tmp[i]);
  return n;
}

/** A goroutine's function wrapped so that a JS TypeError on null (a nil pointer or map used as
 *  an object) ends the goroutine as Go's nil-dereference panic, with the same JS stack. */
function nilSafe(fn: (...a: any[]) => unknown): (...a: any[]) => unknown {
  if (isGenFunc(fn)) {
    return function* (...a: unknown[]) {
      try {
        return yield* fn(...a) as Generator<unknown, unknown, unknown>;
      } catch (e) {
        throw errors.toGoPanic(e);
      }
    };
  }
  return (...a: unknown[]) => {
    try {
      return fn(...a);
    } catch (e) {
      throw errors.toGoPanic(e);
    }
  };
}

/** The `go` statement: as scheduler.go, with nil dereferences turned into Go panics. A nil
 *  function value called directly is a fatal error of the goroutine running the statement; in a
 *  wrapped call it panics in the new goroutine. */
function goStmt(fn: ((...a: any[]) => unknown) | null, args: readonly unknown[], site?: Parameters<typeof go>[2]): void {
  if (fn === null && site?.direct === true) throw new GoFatal('go of nil func value');
  go(fn === null ? () => { throw errors.nilDeref(); } : nilSafe(fn), args, site);
}

/** The runtime namespace for one program, with the standard library's implementations. */
export function makeRuntime(std: ReadonlyMap<string, { readonly impl: Readonly<Record<string, unknown>> }>): Record<string, unknown> {
  // Go traces show every frame; V8 records 10 by default, and runtime/stdlib frames count too.
  if (Error.stackTraceLimit < 200) Error.stackTraceLimit = 200;
  return {
    ...int64,
    ...complex,
    ...strings,
    ...slice,
    ...map,
    ...pointer,
    ...iface,
    ...typedesc,
    ...builtins,
    ...defer,
    ...chan,
    select,
    errors,
    budget,
    checkpoint,
    preempt,
    go: goStmt,
    nn,
    nnw,
    nnf,
    gopanic,
    mkpanic,
    sliceLit,
    mapLit,
    bind,
    bindGen,
    dyncall,
    ifaceMethodExpr,
    rangeContinued,
    copyValues,
    blank: undefined,
    stdImpl: (pkg: string) => std.get(pkg)?.impl ?? {},
    recovered,
    unwindKind,
    /** The %trace recorder (only programs compiled for tracing read it). */
    get tr(): Tracer {
      return tracer!;
    },
  };
}
