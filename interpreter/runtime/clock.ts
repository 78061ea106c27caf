// Virtual time as on the Go Playground (`-tags faketime`): the clock starts at 2009-11-10 23:00:00
// UTC and moves only when every goroutine is blocked, jumping to the earliest pending timer. Sleeps
// are instant and a program's output never depends on the host's speed.

/** Unix time of the clock's start, in seconds (2009-11-10T23:00:00Z). */
export const START_UNIX_SECONDS = 1257894000;

/** A pending timer: `fire` runs (on the scheduler, outside any goroutine) once the clock reaches
 *  `when`. Timers due at the same instant fire in the order they were armed. */
const always = (): boolean => true;

export class Timer {
  /** Nanoseconds since the clock's start. */
  when = 0;
  seq = 0;
  /** Position in the heap; -1 when not armed. */
  index = -1;
  /** Whether a pending timer keeps the program alive. Go 1.23 keeps a timer whose channel nobody
   *  is waiting on out of its heap, so such a timer neither moves the faketime clock nor prevents
   *  a deadlock report; it fires (or is seen as due) when the clock passes it anyway. */
  needed: () => boolean = always;
  constructor(public fire: (t: Timer) => void) {}
  get armed(): boolean {
    return this.index >= 0;
  }
}

export class Clock {
  /** Nanoseconds elapsed since the start (exact up to 2^53 ns, about 104 days of virtual time). */
  now = 0;
  private heap: Timer[] = [];
  private seq = 0;

  get pending(): number {
    return this.heap.length;
  }

  /** Arms t to fire at `when` (re-arming moves it). */
  arm(t: Timer, when: number): void {
    if (t.index >= 0) this.disarm(t);
    t.when = when;
    t.seq = this.seq++;
    t.index = this.heap.length;
    this.heap.push(t);
    this.up(t.index);
  }

  /** Removes t if armed; reports whether it was. */
  disarm(t: Timer): boolean {
    const i = t.index;
    if (i < 0) return false;
    const last = this.heap.pop()!;
    if (last !== t) {
      this.heap[i] = last;
      last.index = i;
      this.down(i);
      this.up(last.index);
    }
    t.index = -1;
    return true;
  }

  /** Moves the clock to the earliest needed timer and fires every timer due then. False if no
   *  timer is needed (the program is then deadlocked). */
  advance(): boolean {
    const first = this.nextNeeded();
    if (first === null) return false;
    if (first.when > this.now) this.now = first.when;
    this.fireDue();
    return true;
  }

  /** The earliest needed timer: the heap's top in the usual case, else a scan. */
  private nextNeeded(): Timer | null {
    const h = this.heap;
    if (h.length === 0) return null;
    if (h[0]!.needed()) return h[0]!;
    let best: Timer | null = null;
    for (const t of h) if (t.needed() && (best === null || this.less(t, best))) best = t;
    return best;
  }

  /** Fires the timers due at the current time, earliest (then oldest) first. */
  fireDue(): void {
    while (this.heap.length > 0 && this.heap[0]!.when <= this.now) {
      const t = this.heap[0]!;
      this.disarm(t);
      t.fire(t);
    }
  }

  private less(a: Timer, b: Timer): boolean {
    return a.when < b.when || (a.when === b.when && a.seq < b.seq);
  }

  private up(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(h[i]!, h[p]!)) break;
      this.swap(i, p);
      i = p;
    }
  }

  private down(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= h.length) break;
      let m = l;
      if (l + 1 < h.length && this.less(h[l + 1]!, h[l]!)) m = l + 1;
      if (!this.less(h[m]!, h[i]!)) break;
      this.swap(i, m);
      i = m;
    }
  }

  private swap(i: number, j: number): void {
    const h = this.heap;
    const a = h[i]!;
    const b = h[j]!;
    h[i] = b;
    h[j] = a;
    a.index = j;
    b.index = i;
  }
}
