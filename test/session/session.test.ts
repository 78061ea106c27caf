// The notebook session: cells merge into one program, variables and declarations live on, errors
// point into the cell, and a bad cell loses nothing.
import { describe, expect, it } from 'vitest';
import { Session } from '../../interpreter/session.js';
import type { CellResult } from '../../interpreter/api.js';

async function run(s: Session, code: string): Promise<CellResult & { out: string; err: string }> {
  let out = '';
  let err = '';
  const r = await s.execute(code, { stdout: (b) => (out += b), stderr: (b) => (err += b) });
  return { ...r, out, err };
}

describe('Session', () => {
  it('runs a whole program cell like go run', async () => {
    const s = new Session();
    const r = await run(s, 'package main\n\nimport "fmt"\n\nfunc main() {\n\tfmt.Println("hello")\n}\n');
    expect(r).toMatchObject({ outcome: 'exited', exitStatus: 0, out: 'hello\n', err: '' });
  });

  it('keeps statement-cell variables and shows a final expression', async () => {
    const s = new Session();
    expect((await run(s, 'x := 10\ny := "go"')).outcome).toBe('exited');
    const r = await run(s, 'x += 5\nfmt.Println(x, y)\nx * 2');
    expect(r).toMatchObject({ outcome: 'exited', out: '15 go\n', value: '30' });
    expect((await run(s, 'x')).value).toBe('15');
  });

  it('merges declarations and replaces them when a cell is edited', async () => {
    const s = new Session();
    await run(s, 'func double(n int) int { return n * 2 }');
    expect((await run(s, 'double(21)')).value).toBe('42');
    await run(s, 'func double(n int) int { return n * 3 }');
    expect((await run(s, 'double(21)')).value).toBe('63');
    expect(s.list()).toContain('func double(n int) int { return n * 3 }');
  });

  it('keeps package-level variables across runs until their declaration changes', async () => {
    const s = new Session();
    await run(s, 'var total int');
    expect((await run(s, 'total += 3\ntotal')).value).toBe('3');
    expect((await run(s, 'total += 3\ntotal')).value).toBe('6');
    await run(s, 'var total int');
    expect((await run(s, 'total')).value).toBe('0');
  });

  it('reports errors at the cell\'s own lines and keeps the session', async () => {
    const s = new Session();
    await run(s, 'n := 1');
    const bad = await run(s, 'fmt.Println(n)\nm := undefinedThing + 1');
    expect(bad.outcome).toBe('compile-error');
    expect(bad.diagnostics).toEqual(['./prog.go:2:6: undefined: undefinedThing']);
    expect((await run(s, 'n')).value).toBe('1');
  });

  it('reports a panic as Go does and keeps the session', async () => {
    const s = new Session();
    await run(s, 'k := 7');
    const r = await run(s, 'var a []int\n_ = a[k]');
    expect(r.outcome).toBe('panic');
    expect(r.err).toMatch(/^panic: runtime error: index out of range \[7\] with length 0\n\ngoroutine 1 \[running\]:\n/);
    expect((await run(s, 'k + 1')).value).toBe('8');
  });

  it('imports a standard package a cell names: math/rand for rand, the v2 one when the session imports it', async () => {
    const s = new Session();
    const v1 = await run(s, 'n := rand.Intn(6)\nn >= 0 && n < 6');
    expect(v1).toMatchObject({ outcome: 'exited', value: 'true' });
    expect((await run(s, 'import "math/rand/v2"')).outcome).toBe('exited');
    const v2 = await run(s, 'rand.IntN(6) < 6');
    expect(v2).toMatchObject({ outcome: 'exited', value: 'true' });
  });

  it('shows a final call Go does not accept as a statement (len, cap, a conversion) as the value fmt.Println prints', async () => {
    const s = new Session();
    await run(s, 'b := []byte(strings.Repeat("ab", 3))\nb = append(b, 1)\ntype Celsius float64');
    for (const x of ['len(b)', 'cap(b)', 'float64(len(b)) / 4', 'Celsius(36.6)', 'string(b[:2])', 'min(3, len(b))']) {
      const shown = await run(s, x);
      expect(shown.outcome, x).toBe('exited');
      const printed = await run(s, `fmt.Println(${x})`);
      expect(shown.value, x).toBe(printed.out.replace(/\n$/, ''));
    }
  });

  it('forgets everything on reset', async () => {
    const s = new Session();
    await run(s, 'z := 1');
    s.reset();
    expect((await run(s, 'z')).diagnostics).toEqual(['./prog.go:1:1: undefined: z']);
  });

  it('tells complete, incomplete and invalid cells apart', () => {
    const s = new Session();
    expect(s.isComplete('x := 1')).toEqual({ status: 'complete' });
    expect(s.isComplete('func f() {\n\tx := 1')).toEqual({ status: 'incomplete', indent: '\t' });
    expect(s.isComplete('x := )')).toEqual({ status: 'invalid' });
  });

  it('completes names of the session and keywords', async () => {
    const s = new Session();
    await run(s, 'counter := 1\nfunc compute() int { return 2 }');
    const c = s.complete('fmt.Println(co', 14);
    expect(c.matches).toEqual(['compute', 'const', 'continue', 'counter', 'copy', 'complex', 'complex128', 'complex64', 'comparable'].sort());
    expect(c.start).toBe(12);
    expect(c.end).toBe(14);
  });
});
