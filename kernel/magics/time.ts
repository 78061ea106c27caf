// %time: run the rest of the cell and print its wall-clock time.
import type { Magic } from './magic.js';

/** Wall time the way a reader wants it: µs, ms or s with three significant digits. */
export function formatWallTime(ms: number): string {
  if (ms < 1) return `${(ms * 1000).toPrecision(3)} µs`;
  if (ms < 1000) return `${ms.toPrecision(3)} ms`;
  return `${(ms / 1000).toPrecision(3)} s`;
}

export const timeMagic: Magic = {
  name: 'time',
  usage: '%time',
  summary: 'run the rest of the cell and print its wall time',
  body: true,
  async run(ctx) {
    const t0 = performance.now();
    const end = await ctx.run(ctx.body);
    ctx.io.stdout(`Wall time: ${formatWallTime(performance.now() - t0)}\n`);
    return end;
  },
};
