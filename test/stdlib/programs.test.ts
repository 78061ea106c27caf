// Whole programs using the standard library, run end to end through golesson and compared with
// what `go run` printed (programs/X.go; X.out, X.err, X.exit recorded by scripts/record-stdlib.mjs).
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { runProgram } from '../../interpreter/run.js';

const dir = join(import.meta.dirname, 'programs');
const filter = process.env.FILTER ?? '';

describe('standard-library programs print what go run printed', () => {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.go') && n.includes(filter)).sort()) {
    it(name, async () => {
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
    });
  }
});
