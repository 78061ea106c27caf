// End-to-end tests of the compiler through the pipeline: programs in testdata/ run by golesson
// must print what Go 1.23 printed for them (the .out/.err files were recorded with real Go).
import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import { runProgram } from '../../interpreter/index.js';

const dir = new URL('./testdata/', import.meta.url);

async function run(name: string): Promise<{ out: string; err: string; status: number }> {
  const src = readFileSync(new URL(`${name}.go`, dir), 'utf8');
  let out = '';
  let err = '';
  const r = await runProgram(src, { filename: `./${name}.go`, stdout: (b) => (out += b), stderr: (b) => (err += b) });
  return { out: Buffer.from(out, 'latin1').toString('utf8'), err, status: r.exitStatus };
}

function expected(name: string, ext: string): string {
  const u = new URL(`${name}.${ext}`, dir);
  return existsSync(u) ? readFileSync(u, 'utf8') : '';
}

describe('compiled programs print what Go printed', () => {
  it('defer, recover, runtime errors', async () => {
    const r = await run('defer');
    expect(r.out).toBe(expected('defer', 'out'));
    expect(r.status).toBe(0);
  });
  it('value semantics, generics, integers, strings, loops, goto, iterators', async () => {
    const r = await run('values');
    expect(r.out).toBe(expected('values', 'out'));
  });
  it('a panic: Go text before the trace, frames with Go names and lines', async () => {
    const r = await run('trace');
    expect(r.out).toBe(expected('trace', 'out'));
    expect(r.status).toBe(2);
    const want = expected('trace', 'err');
    // Everything before the goroutine header is byte-exact.
    expect(r.err.split('goroutine ')[0]).toBe(want.split('goroutine ')[0]);
    // Frames: Go function names and file:line (no addresses).
    const frames = (s: string): string[] =>
      s
        .split('\n')
        .map((l) => l.replace(/^\t\S*\/trace\.go:/, '\t./trace.go:'))
        .filter((l) => /^main\./.test(l) || /^\t\.\/trace\.go:/.test(l))
        .map((l) => l.replace(/\(.*\)$/, '()').replace(/ \+0x[0-9a-f]+$/, ''));
    expect(frames(r.err)).toEqual(frames(want));
  });
});
