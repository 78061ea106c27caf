// End-to-end tests of the compiler through the pipeline: each testdata/X.go run by golesson must
// print what Go 1.23 printed for it (X.out is go run's stdout, X.err its stderr, both recorded with
// real Go; absent .err means nothing on stderr).
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync, readdirSync } from 'node:fs';
import { runProgram } from '../../interpreter/index.js';

const dir = new URL('./testdata/', import.meta.url);
const names = readdirSync(dir)
  .filter((f) => f.endsWith('.go'))
  .map((f) => f.slice(0, -3))
  .sort();

async function run(name: string): Promise<{ out: string; err: string; status: number }> {
  const src = readFileSync(new URL(`${name}.go`, dir), 'utf8');
  let out = '';
  let err = '';
  const r = await runProgram(src, { filename: `./${name}.go`, stdout: (b) => (out += b), stderr: (b) => (err += b) });
  return { out: Buffer.from(out, 'latin1').toString('utf8'), err: Buffer.from(err, 'latin1').toString('utf8'), status: r.exitStatus };
}

function recorded(name: string, ext: string): string {
  const u = new URL(`${name}.${ext}`, dir);
  return existsSync(u) ? readFileSync(u, 'utf8') : '';
}

/** The part of a panic report before the trace, with the machine-specific SIGSEGV pc left out. */
function head(s: string): string {
  return s.split(/^goroutine /m)[0]!.replace(/pc=0x[0-9a-f]+\]/, 'pc=?]').replace(/^exit status \d+\n/m, '');
}

/** Frames in the program's own file: Go function name and file:line, no arguments or offsets. */
function frames(s: string, name: string): string[] {
  const i = s.search(/^goroutine /m);
  if (i < 0) return [];
  return s
    .slice(i)
    .split('\n')
    .map((l) => l.replace(new RegExp(`^\\t\\S*/${name}\\.go:`), `\t./${name}.go:`))
    .filter((l) => /^main\./.test(l) || l.startsWith(`\t./${name}.go:`))
    .map((l) => l.replace(/\(.*\)$/, '()').replace(/ \+0x[0-9a-f]+$/, ''));
}

describe('compiled programs print what Go 1.23 printed', () => {
  for (const name of names) {
    it(name, async () => {
      const r = await run(name);
      const err = recorded(name, 'err');
      expect(r.out).toBe(recorded(name, 'out'));
      expect(head(r.err)).toBe(head(err));
      expect(frames(r.err, name)).toEqual(frames(err, name));
      const m = /^exit status (\d+)$/m.exec(err);
      expect(r.status).toBe(m ? Number(m[1]) : 0);
    });
  }
});
