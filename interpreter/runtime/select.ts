// The select statement (cf. runtime/select.go's selectgo): cases are polled in a pseudo-random
// order drawn from the run's seeded generator (real Go is random; golesson is deterministic for a
// seed), the first ready case wins; with none ready, default runs, or the goroutine waits on every
// channel at once until one case completes.
//
// Compiled code:  const [i, v, ok] = yield* select([{ ch, send: false }, { ch: c2, send: true, value: x }], hasDefault);
// i is the index of the chosen case in source order, or -1 for default; v and ok are the received
// value and the comma-ok flag for a receive case.
import { sched, blockForever, probed } from './scheduler.js';
import { type Channel, type SelectWait, Waiter, tryRecv, trySend } from './chan.js';
import { plainError } from './errors.js';
import type { Timer } from './clock.js';

export interface SelectCase {
  readonly ch: Channel | null;
  /** true for `ch <- value`, false for a receive. */
  readonly send: boolean;
  readonly value?: unknown;
}

export type SelectResult = [number, unknown, boolean];

const DEFAULT_CHOSEN: SelectResult = [-1, undefined, false];

export function* select(
  cases: readonly SelectCase[],
  hasDefault: boolean,
): Generator<unknown, SelectResult, unknown> {
  if (cases.length === 0 && !hasDefault) yield* blockForever('select (no cases)');

  // Poll order: a random permutation of the cases on non-nil channels (nil channels never proceed).
  // A timer channel's due timer runs first, so its value is there to poll.
  const order: number[] = [];
  let timers: Timer[] | null = null;
  for (let i = 0; i < cases.length; i++) {
    const ch = cases[i]!.ch;
    if (ch === null) continue;
    if (ch.timer !== null) {
      sched.clock.runChanIfDue(ch.timer);
      (timers ??= []).push(ch.timer);
    }
    const j = sched.rand.intn(order.length + 1);
    order.push(order[j]!);
    order[j] = i;
  }

  for (const i of order) {
    const c = cases[i]!;
    if (c.send) {
      if (trySend(c.ch!, c.value)) return [i, undefined, false];
    } else {
      const r = tryRecv(c.ch!);
      if (r[2]) return [i, r[0], r[1]];
    }
  }
  if (hasDefault) return DEFAULT_CHOSEN;
  if (order.length === 0) yield* blockForever('select');

  const g = sched.park('select');
  const sel: SelectWait = { done: false, chosen: -1, waiters: [] };
  for (const i of order) {
    const c = cases[i]!;
    const w = new Waiter(g, c.send ? c.value : undefined, sel, i);
    sel.waiters.push(w);
    (c.send ? c.ch!.sendq : c.ch!.recvq).push(w);
  }
  // Go locks a select's channels in address order and puts their timers in the heap in that
  // order; creation order stands for the addresses.
  if (timers !== null) {
    timers.sort((a, b) => a.order - b.order);
    for (const t of timers) sched.clock.blockChan(t);
  }
  probed(yield);
  if (timers !== null) for (const t of timers) sched.clock.unblockChan(t);
  const w = sel.waiters.find((x) => x.caseIndex === sel.chosen)!;
  if (cases[sel.chosen]!.send) {
    if (w.closed) throw plainError('send on closed channel');
    return [sel.chosen, undefined, false];
  }
  return [sel.chosen, w.value, w.ok];
}
