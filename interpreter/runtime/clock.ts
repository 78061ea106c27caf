// Virtual time as on the Go Playground (`-tags faketime`): the clock starts at 2009-11-10 23:00:00
// UTC and moves only when every goroutine is blocked, jumping to the earliest pending timer. Sleeps
// are instant and a program's output never depends on the host's speed.
//
// The pending timers live in one timer set, kept the way Go 1.23 keeps the timers of its single P
// (GOMAXPROCS=1): a 4-ary heap ordered by due time alone, where Stop and Reset only mark a timer
// (zombie, modified) and the heap catches up later. That bookkeeping decides which of several
// timers due at the same instant fires first, and so which goroutine runs first (each one fired
// takes the scheduler's runnext slot): lessons use round durations, so such ties are common.

/** Unix time of the clock's start, in seconds (2009-11-10T23:00:00Z). */
export const START_UNIX_SECONDS = 1257894000;

/** A timer's `when` while it is not pending (Go uses 0; golesson's clock starts at 0). */
export const NEVER = -1;

/** The latest due time: Go's (2^63-1 ns since 1970), counted from the clock's start. Times are
 *  doubles, exact to the nanosecond for the first 2^53 ns (104 days) and to a few ns after. */
export const MAX_WHEN = Number(2n ** 63n - 1n - BigInt(START_UNIX_SECONDS) * 1_000_000_000n);

const ARITY = 4;

let timersMade = 0;

export class Timer {
  /** Nanoseconds since the clock's start when the timer is due, or NEVER. */
  when = NEVER;
  /** Nanoseconds between firings of a ticker; 0 for a one-shot timer. */
  period = 0;
  /** In the heap (possibly as a zombie, or with a stale due time there). */
  heaped = false;
  /** Its heap slot's due time may differ from `when`. */
  modified = false;
  /** Stopped (or no longer waited on) but still in the heap. */
  zombie = false;
  /** A timer channel's timer: goroutines blocked on the channel. Go 1.23 keeps such a timer in the
   *  heap only while someone waits, so a timer nobody waits on neither moves the clock nor hides a
   *  deadlock; a receive runs it when it is due. */
  blocked = 0;
  /** Creation order: stands for the channel's address, the order in which select locks channels. */
  readonly order = timersMade++;
  constructor(
    /** Runs when the timer fires, `delay` nanoseconds after it was due. */
    readonly fire: (t: Timer, delay: number) => void,
    readonly isChan = false,
  ) {}
}

interface Slot {
  readonly t: Timer;
  /** The due time the heap is ordered by (lags t.when while t is modified). */
  when: number;
}

export class Clock {
  /** Nanoseconds elapsed since the start. */
  now = 0;
  private heap: Slot[] = [];
  private zombies = 0;
  /** heap[0]'s due time, or NEVER. */
  private minWhenHeap = NEVER;
  /** A lower bound of the new due times of modified timers, or NEVER. */
  private minWhenModified = NEVER;
  /** The heap's size as last published (Go updates it when the timer set is unlocked). */
  private publishedLen = 0;

  /** Timers in the heap, zombies included. */
  get pending(): number {
    return this.heap.length;
  }

  /** Sets t due at `when`, then every `period` ns if positive (NewTimer, Reset, Sleep); reports
   *  whether t was pending before. */
  modify(t: Timer, when: number, period: number): boolean {
    t.period = period;
    const pending = t.when !== NEVER;
    t.when = when;
    if (t.heaped) {
      t.modified = true;
      if (t.zombie) {
        t.zombie = false;
        this.zombies--;
      }
      if (this.minWhenModified === NEVER || when < this.minWhenModified) this.minWhenModified = when;
    }
    if (this.needsAdd(t)) this.add(t);
    return pending;
  }

  /** Stops t; reports whether it was pending. It leaves the heap later. */
  stop(t: Timer): boolean {
    if (t.heaped) {
      t.modified = true;
      if (!t.zombie) {
        t.zombie = true;
        this.zombies++;
      }
    }
    const pending = t.when !== NEVER;
    t.when = NEVER;
    return pending;
  }

  /** A goroutine is about to block on t's channel: t must be in the heap to wake it. */
  blockChan(t: Timer): void {
    t.blocked++;
    if (t.heaped && t.zombie && t.when !== NEVER) {
      t.zombie = false;
      this.zombies--;
    }
    if (this.needsAdd(t)) this.add(t);
  }

  /** A goroutine stopped waiting on t's channel; when none waits, t is marked for removal (its due
   *  time is kept, so a later receive still sees what it would have sent). */
  unblockChan(t: Timer): void {
    t.blocked--;
    if (t.blocked === 0 && t.heaped && !t.zombie) {
      t.zombie = true;
      this.zombies++;
    }
  }

  /** A receive or select on t's channel: if t is due but outside the heap, it fires now. */
  runChanIfDue(t: Timer): void {
    if (t.heaped || t.when === NEVER || t.when > this.now) return;
    this.run(t);
  }

  /** The scheduler looks for work: fires the timers due now, earliest first (ties in heap order),
   *  and clears out stopped timers once they are more than a quarter of the heap. */
  check(): void {
    const next = this.wakeTime();
    if (next === NEVER) return;
    let force = this.zombies > Math.floor(this.publishedLen / ARITY);
    if (this.now < next && !force) return;
    if (this.heap.length > 0) {
      this.adjust(false);
      while (this.heap.length > 0 && this.runHead()) {
        // each pass fired one timer
      }
      force = this.zombies > Math.floor(this.publishedLen / ARITY);
      if (force) this.adjust(true);
    }
    this.publishedLen = this.heap.length;
  }

  /** Nothing can run: moves the clock to the next due time (the timers then fire at the next
   *  check). False if no timer is in the heap (the program is then deadlocked). */
  advance(): boolean {
    const when = this.wakeTime();
    if (when === NEVER) return false;
    if (when > this.now) this.now = when;
    return true;
  }

  private wakeTime(): number {
    const m = this.minWhenModified;
    const h = this.minWhenHeap;
    return h === NEVER || (m !== NEVER && m < h) ? m : h;
  }

  private needsAdd(t: Timer): boolean {
    return !t.heaped && t.when !== NEVER && (!t.isChan || t.blocked > 0);
  }

  private add(t: Timer): void {
    this.cleanHead();
    if (this.needsAdd(t)) {
      t.heaped = true;
      this.heap.push({ t, when: t.when });
      this.siftUp(this.heap.length - 1);
      if (this.heap[0]!.t === t) this.minWhenHeap = t.when;
    }
    this.publishedLen = this.heap.length;
  }

  /** Drops zombies from the heap's tail and brings its head up to date. */
  private cleanHead(): void {
    const h = this.heap;
    for (;;) {
      if (h.length === 0) return;
      const last = h[h.length - 1]!.t;
      if (last.zombie) {
        this.unheap(last);
        h.pop();
        continue;
      }
      const head = h[0]!.t;
      if (!head.modified && !head.zombie) return;
      if (!this.updateHead(head)) return;
    }
  }

  private unheap(t: Timer): void {
    if (t.zombie) this.zombies--;
    t.heaped = t.zombie = t.modified = false;
  }

  /** Applies a pending Stop or Reset of the head timer t; reports whether anything changed. */
  private updateHead(t: Timer): boolean {
    if (t.zombie) {
      this.unheap(t);
      this.deleteMin();
      return true;
    }
    if (t.modified) {
      t.modified = false;
      this.heap[0]!.when = t.when;
      this.siftDown(0);
      this.minWhenHeap = this.heap[0]!.when;
      return true;
    }
    return false;
  }

  private deleteMin(): void {
    const h = this.heap;
    const last = h.pop()!;
    if (h.length > 0) {
      h[0] = last;
      this.siftDown(0);
      this.minWhenHeap = h[0]!.when;
    } else {
      this.minWhenHeap = NEVER;
      this.minWhenModified = NEVER;
    }
  }

  /** Once a modified timer may be due (or when forced), rewrites every marked slot and rebuilds
   *  the heap. */
  private adjust(force: boolean): void {
    if (!force) {
      const first = this.minWhenModified;
      if (first === NEVER || first > this.now) return;
    }
    this.minWhenHeap = this.wakeTime();
    this.minWhenModified = NEVER;
    const h = this.heap;
    let changed = false;
    for (let i = 0; i < h.length; i++) {
      const slot = h[i]!;
      const t = slot.t;
      if (t.zombie) {
        this.unheap(t);
        h[i] = h[h.length - 1]!;
        h.pop();
        i--;
        changed = true;
      } else if (t.modified) {
        slot.when = t.when;
        t.modified = false;
        changed = true;
      }
    }
    if (changed && h.length > 1) {
      for (let i = Math.floor((h.length - 2) / ARITY); i >= 0; i--) this.siftDown(i);
    }
    this.minWhenHeap = h.length > 0 ? h[0]!.when : NEVER;
  }

  /** Fires the head timer if it is due; false if it is not (or the heap emptied). */
  private runHead(): boolean {
    const h = this.heap;
    for (;;) {
      if (h.length === 0) return false;
      const slot = h[0]!;
      const t = slot.t;
      if (!t.modified && !t.zombie && slot.when > this.now) return false;
      if (this.updateHead(t)) continue;
      if (t.when > this.now) return false;
      this.run(t);
      return true;
    }
  }

  /** Fires t: a ticker is due again a whole number of periods later, a one-shot timer leaves the
   *  heap; then its action runs. */
  private run(t: Timer): void {
    const delay = this.now - t.when;
    const next = t.period > 0 ? t.when + t.period * (1 + Math.floor(delay / t.period)) : NEVER;
    t.when = next;
    if (t.heaped) {
      t.modified = true;
      if (next === NEVER) {
        t.zombie = true;
        this.zombies++;
      }
      this.updateHead(t);
      this.publishedLen = this.heap.length;
    }
    t.fire(t, delay);
  }

  private siftUp(i: number): void {
    const h = this.heap;
    const slot = h[i]!;
    while (i > 0) {
      const p = Math.floor((i - 1) / ARITY);
      if (slot.when >= h[p]!.when) break;
      h[i] = h[p]!;
      i = p;
    }
    h[i] = slot;
  }

  /** Moves slot i down below any child due strictly earlier (the first such child among equals). */
  private siftDown(i: number): void {
    const h = this.heap;
    const n = h.length;
    const slot = h[i]!;
    for (;;) {
      const first = i * ARITY + 1;
      if (first >= n) break;
      let w = slot.when;
      let c = -1;
      for (let j = first; j < first + ARITY && j < n; j++) {
        if (h[j]!.when < w) {
          w = h[j]!.when;
          c = j;
        }
      }
      if (c < 0) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = slot;
  }
}
