// A parameter's leak summary (cf. escape/leaks.go): for each sink — the heap, the mutator and
// callee pseudo-locations, and the first results — the fewest dereferences along any flow path from
// the parameter to it, or -1 when it does not flow there. Exported as parameter tags.

const leakHeap = 0;
const leakMutator = 1;
const leakCallee = 2;
const leakResult0 = 3;
const size = 8;

/** How many results a tag can describe; flows to later results count as heap leaks. */
export const numEscResults = size - leakResult0;

export class Leaks {
  // stored as derefs+1 (0 means none), saturating at 255, as gc stores them in a byte
  private readonly v = new Uint8Array(size);

  heap(): number { return this.get(leakHeap); }
  mutator(): number { return this.get(leakMutator); }
  callee(): number { return this.get(leakCallee); }
  result(i: number): number { return this.get(leakResult0 + i); }

  addHeap(derefs: number): void { this.add(leakHeap, derefs); }
  addMutator(derefs: number): void { this.add(leakMutator, derefs); }
  addCallee(derefs: number): void { this.add(leakCallee, derefs); }
  addResult(i: number, derefs: number): void { this.add(leakResult0 + i, derefs); }

  private get(i: number): number {
    return this.v[i]! - 1;
  }

  private add(i: number, derefs: number): void {
    const old = this.get(i);
    if (old < 0 || derefs < old) this.set(i, derefs);
  }

  private set(i: number, derefs: number): void {
    const x = derefs + 1;
    if (x < 0) throw new Error(`internal error: invalid derefs count: ${derefs}`);
    this.v[i] = Math.min(x, 255);
  }

  /** Drops leaks implied by a heap leak with no more dereferences (cf. leaks.Optimize). */
  optimize(): void {
    const x = this.heap();
    if (x >= 0) for (let i = 1; i < size; i++) if (this.get(i) >= x) this.set(i, -1);
  }

  copy(): Leaks {
    const l = new Leaks();
    l.v.set(this.v);
    return l;
  }

  /** A summary from an imported function's recorded tag words ("none", "heap", "content", "result0:1"). */
  static fromStdTag(tag: string): Leaks {
    const l = new Leaks();
    for (const w of tag.split(' ')) {
      if (w === 'heap') l.addHeap(0);
      else if (w === 'content') l.addHeap(1);
      else if (w.startsWith('result')) {
        const [i, lv] = w.slice(6).split(':').map(Number);
        l.addResult(i!, lv!);
      }
    }
    return l;
  }

  /** The summary of a function golesson knows nothing about: everything leaks to the heap. */
  static unknown(): Leaks {
    const l = new Leaks();
    l.addHeap(0);
    return l;
  }
}
