// Channels (cf. runtime/chan.go): buffered and unbuffered, close, len/cap, nil channels that block
// forever, receive from a closed channel, and Go's panics for misuse. A blocked sender or receiver
// waits in the channel's queue as a Waiter (Go's sudog) and is handed its value directly by the
// goroutine that completes the operation, which then makes it runnable.
//
// Compiled code:  yield* send(ch, v)      v = yield* recv(ch)      [v, ok] = yield* recv2(ch)
//                 close(ch)               chanLen(ch) / chanCap(ch)   makeChan(elemType, size)
import { sched, blockForever, probed } from './scheduler.js';
import type { Goroutine } from './goroutine.js';
import { plainError } from './errors.js';
import type { Timer } from './clock.js';

/** What a channel needs of its element type: the zero value a receive on a closed channel yields. */
export interface ElemType {
  zero(): unknown;
}

/** A select statement parked on several channels: the first completed case wins. */
export interface SelectWait {
  done: boolean;
  chosen: number;
  readonly waiters: Waiter[];
}

/** A goroutine waiting in a channel's queue (Go's sudog). */
export class Waiter {
  prev: Waiter | null = null;
  next: Waiter | null = null;
  queue: WaitQueue | null = null;
  /** Send: the value to send. Receive: the value received. */
  value: unknown;
  /** Receive: false when woken by close. */
  ok = true;
  /** Send: woken by close (the sender then panics). */
  closed = false;
  constructor(
    readonly g: Goroutine,
    value: unknown,
    readonly sel: SelectWait | null,
    readonly caseIndex: number,
  ) {
    this.value = value;
  }
}

/** A FIFO of waiters with O(1) removal (a select leaves every queue but the one that fired). */
export class WaitQueue {
  head: Waiter | null = null;
  tail: Waiter | null = null;

  push(w: Waiter): void {
    w.queue = this;
    w.prev = this.tail;
    w.next = null;
    if (this.tail === null) this.head = w;
    else this.tail.next = w;
    this.tail = w;
  }

  remove(w: Waiter): void {
    if (w.queue !== this) return;
    if (w.prev === null) this.head = w.next;
    else w.prev.next = w.next;
    if (w.next === null) this.tail = w.prev;
    else w.next.prev = w.prev;
    w.prev = w.next = null;
    w.queue = null;
  }

  /** Takes the first waiter, claiming it for its select if it belongs to one. */
  shift(): Waiter | null {
    const w = this.head;
    if (w === null) return null;
    this.remove(w);
    if (w.sel !== null) claim(w);
    return w;
  }
}

/** w's select is decided by w: it leaves every other queue it waits in. */
function claim(w: Waiter): void {
  const sel = w.sel!;
  sel.done = true;
  sel.chosen = w.caseIndex;
  for (const o of sel.waiters) if (o !== w && o.queue !== null) o.queue.remove(o);
}

export class Channel {
  /** Buffered values: items[head .. head+count). */
  private items: unknown[] = [];
  private head = 0;
  count = 0;
  closed = false;
  readonly recvq = new WaitQueue();
  readonly sendq = new WaitQueue();
  /** The timer of a time.Timer's or Ticker's channel: Go 1.23 reports its len and cap as 0, runs
   *  the timer when a receive finds it due, and keeps it in the clock's heap only while someone
   *  waits on the channel. */
  timer: Timer | null = null;

  constructor(
    readonly elem: ElemType,
    readonly cap: number,
  ) {}

  push(v: unknown): void {
    this.items.push(v);
    this.count++;
  }

  take(): unknown {
    const v = this.items[this.head];
    this.items[this.head] = undefined;
    this.head++;
    this.count--;
    if (this.count === 0) {
      this.items.length = 0;
      this.head = 0;
    } else if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return v;
  }

  /** Drops buffered values (a timer's Stop/Reset discards a stale tick, as in Go 1.23). */
  drain(): void {
    this.items.length = 0;
    this.head = 0;
    this.count = 0;
  }
}

const MAX_CHAN_SIZE = 2 ** 40;

/** make(chan T, size). */
export function makeChan(elem: ElemType, size: number | bigint = 0): Channel {
  if (typeof size === 'bigint' || size < 0 || size > MAX_CHAN_SIZE) {
    throw plainError('makechan: size out of range');
  }
  return new Channel(elem, size);
}

export function chanLen(ch: Channel | null): number {
  return ch === null || ch.timer !== null ? 0 : ch.count;
}

export function chanCap(ch: Channel | null): number {
  return ch === null || ch.timer !== null ? 0 : ch.cap;
}

/** Hands v to a waiting receiver and makes it runnable. */
function deliver(w: Waiter, v: unknown, ok: boolean): void {
  w.value = v;
  w.ok = ok;
  sched.ready(w.g);
}

/** A send that cannot block; false when it would have to wait. Panics on a closed channel. */
export function trySend(ch: Channel, v: unknown): boolean {
  if (ch.closed) throw plainError('send on closed channel');
  const r = ch.recvq.shift();
  if (r !== null) {
    deliver(r, v, true);
    return true;
  }
  if (ch.count < ch.cap) {
    ch.push(v);
    return true;
  }
  return false;
}

/** ch <- v */
export function* send(ch: Channel | null, v: unknown): Generator<unknown, void, unknown> {
  if (ch === null) yield* blockForever('chan send (nil chan)');
  if (trySend(ch!, v)) return;
  const g = sched.park('chan send');
  const w = new Waiter(g, v, null, 0);
  ch!.sendq.push(w);
  probed(yield);
  if (w.closed) throw plainError('send on closed channel');
}

/** What the last successful receiveNow got (kept here, not in a fresh array per receive). */
let gotValue: unknown;
let gotOk = false;

/** A receive that cannot block: true when it completed (the value and ok in gotValue/gotOk). */
function receiveNow(ch: Channel): boolean {
  if (ch.timer !== null) sched.clock.runChanIfDue(ch.timer);
  const s = ch.sendq.shift();
  if (s !== null) {
    if (ch.count === 0) {
      gotValue = s.value;
    } else {
      // A full buffer with a waiting sender: take the oldest, the sender's value joins the tail.
      gotValue = ch.take();
      ch.push(s.value);
    }
    gotOk = true;
    sched.ready(s.g);
    return true;
  }
  if (ch.count > 0) {
    gotValue = ch.take();
    gotOk = true;
    return true;
  }
  if (ch.closed) {
    gotValue = ch.elem.zero();
    gotOk = false;
    return true;
  }
  return false;
}

/** A receive that cannot block: [value, ok, true] when done, [undefined, false, false] otherwise. */
export function tryRecv(ch: Channel): [unknown, boolean, boolean] {
  if (!receiveNow(ch)) return [undefined, false, false];
  const v = gotValue;
  gotValue = undefined;
  return [v, gotOk, true];
}

/** v, ok := <-ch */
export function* recv2(ch: Channel | null): Generator<unknown, [unknown, boolean], unknown> {
  if (ch === null) yield* blockForever('chan receive (nil chan)');
  if (receiveNow(ch!)) {
    const v = gotValue;
    gotValue = undefined;
    return [v, gotOk];
  }
  const g = sched.park('chan receive');
  const w = new Waiter(g, undefined, null, 0);
  ch!.recvq.push(w);
  const t = ch!.timer;
  if (t !== null) sched.clock.blockChan(t);
  probed(yield);
  if (t !== null) sched.clock.unblockChan(t);
  return [w.value, w.ok];
}

/** <-ch */
export function* recv(ch: Channel | null): Generator<unknown, unknown, unknown> {
  if (ch === null) yield* blockForever('chan receive (nil chan)');
  if (receiveNow(ch!)) {
    const v = gotValue;
    gotValue = undefined;
    return v;
  }
  const g = sched.park('chan receive');
  const w = new Waiter(g, undefined, null, 0);
  ch!.recvq.push(w);
  const t = ch!.timer;
  if (t !== null) sched.clock.blockChan(t);
  probed(yield);
  if (t !== null) sched.clock.unblockChan(t);
  return w.value;
}

/** close(ch): wakes every receiver (zero value, ok=false) and every sender (which then panics).
 *  closechan gathers them on a stack (receivers, then senders) and readies them as it pops it, so
 *  the first receiver is readied last and, taking the runnext slot, runs first. */
export function close(ch: Channel | null): void {
  if (ch === null) throw plainError('close of nil channel');
  if (ch.closed) throw plainError('close of closed channel');
  ch.closed = true;
  const woken: Waiter[] = [];
  for (let w = ch.recvq.shift(); w !== null; w = ch.recvq.shift()) {
    w.value = ch.elem.zero();
    w.ok = false;
    woken.push(w);
  }
  for (let w = ch.sendq.shift(); w !== null; w = ch.sendq.shift()) {
    w.closed = true;
    woken.push(w);
  }
  for (let i = woken.length - 1; i >= 0; i--) sched.ready(woken[i]!.g);
}
