// defer and recover (Go spec "Defer statements", "Handling panics"). A function with defer
// statements keeps a flat list [fn, args, fn, args, ...] and, on leaving (normally or by a panic),
// hands it to runDefers, which calls them LIFO, chains panics raised meanwhile (`panic: a
// [recovered]` / `panic: b`) and rethrows the panic still running, if any.
//
// recover() must return the panic only when called directly by a deferred function. runDefers
// publishes the function it is about to call (`state.callee`) and the panic in flight
// (`state.panic`); a compiled function that contains recover() compares itself with state.callee
// at entry and keeps the panic for its recover() calls (see compile/).
import { GoExit, GoPanic } from './panic.js';
import { nilDeref, toGoPanic } from './errors.js';
import type { Iface } from './iface.js';
import { tracer } from './tracehook.js';

export const deferState: { callee: unknown; panic: GoPanic | null } = { callee: null, panic: null };

const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;

export function isGeneratorFunction(f: unknown): boolean {
  return typeof f === 'function' && (f.constructor === GeneratorFunction || (f as { $gen?: boolean }).$gen === true);
}

/** At entry of a function containing recover(): the panic this call may recover, or null. */
export function recoverable(self: unknown): GoPanic | null {
  if (deferState.callee !== self) return null;
  deferState.callee = null;
  return deferState.panic;
}

/** recover() with the frame's recoverable panic. */
export function recover(p: GoPanic | null): Iface | null {
  if (p === null || p.recovered) return null;
  p.recovered = true;
  return p.value;
}

function settle(cur: GoPanic | GoExit | null, e0: unknown): GoPanic | GoExit {
  const e = toGoPanic(e0);
  if (e instanceof GoPanic) {
    if (cur instanceof GoPanic && e !== cur) e.link = cur;
    return e;
  }
  if (e instanceof GoExit) return e;
  throw e; // os.Exit, fatal errors and golesson bugs end everything at once
}

/** Runs the deferred calls of a plain (non-generator) frame; `p` is what the body threw, or null. */
export function runDefers(d: unknown[], p: unknown, tf = 0): void {
  let cur: GoPanic | GoExit | null = p === null ? null : settle(null, p);
  while (d.length > 0) {
    const index = d.length / 2; // traced frames number their deferred calls from 1
    const args = d.pop() as unknown[];
    const fn = d.pop() as ((...a: unknown[]) => unknown) | null;
    deferState.callee = fn;
    deferState.panic = cur instanceof GoPanic && !cur.recovered ? cur : null;
    if (tf !== 0) tracer?.run(tf, index, cur instanceof GoPanic);
    try {
      if (fn === null) throw nilDeref();
      if (isGeneratorFunction(fn)) runSync(fn(...args) as Generator);
      else fn(...args);
    } catch (e) {
      cur = settle(cur, e);
    } finally {
      deferState.callee = null;
      deferState.panic = null;
    }
    if (tf !== 0) tracer?.ran(tf, index);
    if (cur instanceof GoPanic && cur.recovered) cur = null;
  }
  if (cur !== null) throw cur;
}

/** The same for a generator frame: deferred calls may block. */
export function* runDefersGen(d: unknown[], p: unknown, tf = 0): Generator<unknown, void, unknown> {
  let cur: GoPanic | GoExit | null = p === null ? null : settle(null, p);
  while (d.length > 0) {
    const index = d.length / 2; // traced frames number their deferred calls from 1
    const args = d.pop() as unknown[];
    const fn = d.pop() as ((...a: unknown[]) => unknown) | null;
    deferState.callee = fn;
    deferState.panic = cur instanceof GoPanic && !cur.recovered ? cur : null;
    if (tf !== 0) tracer?.run(tf, index, cur instanceof GoPanic);
    try {
      if (fn === null) throw nilDeref();
      if (isGeneratorFunction(fn)) yield* fn(...args) as Generator;
      else fn(...args);
    } catch (e) {
      cur = settle(cur, e);
    } finally {
      deferState.callee = null;
      deferState.panic = null;
    }
    if (tf !== 0) tracer?.ran(tf, index);
    if (cur instanceof GoPanic && cur.recovered) cur = null;
  }
  if (cur !== null) throw cur;
}

/** Drives a generator to completion without a scheduler (callbacks from std code into user
 *  functions that were compiled as generators but do not block on this path). */
export function runSync<T>(g: Generator<unknown, T, unknown>): T {
  let r = g.next();
  while (!r.done) r = g.next();
  return r.value;
}

/** Calls a Go function value from TypeScript code (sort.Slice's less, String methods), whether it
 *  was compiled as a plain function or as a generator. */
export function callSync(f: (...args: any[]) => any, ...args: unknown[]): any {
  if (isGeneratorFunction(f)) return runSync(f(...args) as Generator);
  return f(...args);
}
