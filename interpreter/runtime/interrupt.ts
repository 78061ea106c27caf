// The budget hook compiled code calls at loop back-edges and function entries, and the host's
// interrupt flag it checks. A `for {}` compiled to plain JS never returns to the event loop, so the
// host (a worker thread's parent) sets a SharedArrayBuffer cell that the check reads with
// Atomics.load; counting keeps the check off the hot path.
//
// Compiled code, plain function:     if (--budget.n < 0) checkpoint();
// Compiled code, generator function: if (--budget.n < 0) yield* preempt();   (scheduler.ts)

/** Checks per refill. About a few microseconds of work between checks, so an interrupt is seen
 *  well within 100 ms while the check costs nothing measurable. */
import { GoFatal } from './panic.js';
export const BUDGET = 10000;

/** The counter compiled code decrements; a property on a shared object so every module sees it. */
export const budget = { n: BUDGET };

/** Thrown to stop the running program at once when the host interrupts it. Not a Go panic:
 *  recover never sees it and deferred calls do not run for it (defer.ts rethrows it). */
export class Interrupted extends Error {
  constructor() {
    super('interrupted by the host');
  }
}

let flag: Int32Array | null = null;
/** How many budget refills happened: the scheduler preempts a goroutine that used up one. */
let refills = 0;

/** Installs the host's interrupt cell for the run (null for none) and refills the budget. */
export function setInterruptFlag(cell: Int32Array | null): void {
  flag = cell;
  budget.n = BUDGET;
  refills = 0;
}

/** Whether the host asked the program to stop. */
export function interruptRequested(): boolean {
  return flag !== null && Atomics.load(flag, 0) !== 0;
}

/** The host's view of memory: true when the program's heap is nearly full. */
let memoryLow: (() => boolean) | null = null;

/** Lets the host (which can see the heap; the interpreter cannot) report memory running out. A
 *  program that keeps allocating then ends as Go's `fatal error: runtime: out of memory`, before
 *  the JS heap itself fails — which in a worker thread can abort the whole process. */
export function setMemoryProbe(probe: (() => boolean) | null): void {
  memoryLow = probe;
}

/** The budget ran out: refill it and stop the program if the host asked to. */
export function checkpoint(): void {
  budget.n = BUDGET;
  refills++;
  if (flag !== null && Atomics.load(flag, 0) !== 0) throw new Interrupted();
  if (memoryLow !== null && (refills & 15) === 0 && memoryLow()) throw new GoFatal('runtime: out of memory');
}

/** The number of refills so far (the scheduler compares it to decide on preemption). */
export function refillCount(): number {
  return refills;
}
