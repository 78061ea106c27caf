// The generator behind math/rand's and math/rand/v2's unseeded top-level functions. Real Go seeds
// it from the operating system; golesson seeds it from the run's seed (RunOptions.seed, through the
// scheduler's generator), so a run is repeatable for a seed and different seeds give different
// sequences.
import { sched, type Scheduler } from '../../runtime/scheduler.js';
import type { I64 } from '../../runtime/int64.js';
import { canonU64, pcgNext, type PCGState } from './pcg.js';

/** One generator per run: a run installs a fresh scheduler, so keying by it forgets old runs. */
const perRun = new WeakMap<Scheduler, PCGState>();

const TWO32 = 4294967296;

function stateFor(s: Scheduler): PCGState {
  let st = perRun.get(s);
  if (st === undefined) {
    // Four 32-bit draws from the run's seeded generator make the 128-bit state; drawn on first use,
    // which happens at the same point of a run for the same seed.
    const w = [0, 0, 0, 0].map(() => s.rand.intn(TWO32));
    st = { hi: canonU64((BigInt(w[0]!) << 32n) | BigInt(w[1]!)), lo: canonU64((BigInt(w[2]!) << 32n) | BigInt(w[3]!)) };
    perRun.set(s, st);
  }
  return st;
}

/** The next unseeded 64-bit value for the running program, as a Go uint64. */
export function runtimeRand(): I64 {
  return canonU64(pcgNext(stateFor(sched)));
}
