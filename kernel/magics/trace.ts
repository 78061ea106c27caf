// %trace: run the cell as usual (same output, same streams), then display the timeline of its
// defers, returns, deferred calls, panics and recovers.
import { traceBundle } from '../../interpreter/index.js';
import type { Magic } from './magic.js';

export const traceMagic: Magic = {
  name: 'trace',
  usage: '%trace',
  summary: 'run the cell, then show when each deferred call ran, what it saw and what it changed',
  body: true,
  async run(ctx) {
    const { end, result } = await ctx.runGo(ctx.body, { trace: true });
    if (result?.trace) ctx.io.display(traceBundle(result.trace.events, result.trace.lost).bundle);
    return end;
  },
};
