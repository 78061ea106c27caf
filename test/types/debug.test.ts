// Ad-hoc driver: GOFILE=path npx vitest run test/types/debug.test.ts prints golesson's diagnostics.
import { readFileSync } from 'node:fs';
import { test } from 'vitest';
import { buildOutput } from './harness.js';

const f = process.env.GOFILE;
test.skipIf(!f)('debug', () => {
  const t0 = performance.now();
  const out = buildOutput(readFileSync(f!, 'utf8'));
  console.log(out || '(no errors)', `\n${(performance.now() - t0).toFixed(1)}ms`);
});
