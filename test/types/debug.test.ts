// Ad-hoc driver: GOFILE=path npx vitest run test/types/debug.test.ts prints golesson's diagnostics
// and how long checking took (the second of two runs, so the standard library is already checked).
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { buildOutput, check } from './harness.js';

const f = process.env.GOFILE;
test.skipIf(!f)('debug', () => {
  const src = readFileSync(f!, 'utf8');
  console.log(buildOutput(src) || '(no errors)');
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = performance.now();
    check(src);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  console.log(`parse+check: median ${times[10]!.toFixed(2)}ms, min ${times[0]!.toFixed(2)}ms`);
});
