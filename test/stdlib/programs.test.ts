// Whole programs using the standard library, run end to end through golesson and compared with
// what `go run` printed (programs/X.go; X.out, X.err, X.exit recorded by scripts/record-stdlib.mjs).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../interpreter/run.js';

const dir = join(import.meta.dirname, 'programs');
const filters = (process.env.FILTER ?? '').split(',').filter(Boolean);

// Programs that fail for reasons outside the standard library, with the reason. Each is expected
// to fail; once it passes, the test says so and it must come off this list.
const pending: Record<string, string> = {};

async function check(name: string): Promise<void> {
  const base = join(dir, name.replace(/\.go$/, ''));
  const read = (ext: string): string => readFileSync(base + ext, 'latin1');
  const lines = existsSync(base + '.in') ? read('.in').split(/(?<=\n)/) : [];
  let stdout = '';
  let stderr = '';
  const r = await runProgram(readFileSync(base + '.go', 'utf8'), {
    filename: './' + name,
    stdout: (b) => (stdout += b),
    stderr: (b) => (stderr += b),
    readStdin: async () => lines.shift() ?? null,
  });
  if (r.exitStatus !== 0) stderr += `exit status ${r.exitStatus}\n`;
  expect(r.diagnostics).toEqual([]);
  expect(stdout).toBe(read('.out'));
  expect(stderr).toBe(read('.err'));
  expect(String(r.exitStatus === 0 ? 0 : 1) + '\n').toBe(read('.exit'));
}

describe('standard-library programs print what go run printed', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go') && (filters.length === 0 || filters.some((f) => n.includes(f)))).sort()) {
    const why = pending[name];
    if (why !== undefined) {
      it(`${name} (pending: ${why})`, async () => {
        const passed = await check(name).then(() => true, () => false);
        expect(passed, `${name} passes now: take it off the pending list`).toBe(false);
      });
    } else it(name, () => check(name));
  }
});
