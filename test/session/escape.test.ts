// %escape in a session: a cell that uses declarations from earlier cells is analysed with them, and
// reports exactly the lines real Go printed for the same code as one file (test/golden's recording).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Session } from '../../interpreter/session.js';

const dir = new URL('../golden/lecture/', import.meta.url);
const source = readFileSync(new URL('escape-code-6.go', dir), 'utf8');
const recorded = readFileSync(new URL('escape-code-6.escape', dir), 'utf8').split('\n').filter((l) => l.startsWith('./'));
const lines = source.split('\n');
/** The file with only lines [from, to] kept (others blank), so line numbers stay Go's. */
const only = (from: number, to: number) => lines.map((l, i) => (i + 1 >= from && i + 1 <= to ? l : '')).join('\n');
const lineOf = (l: string) => Number(l.split(':')[1]);

describe('Session.escape', () => {
  it('analyses a cell with the declarations of earlier cells, reporting only its own lines', async () => {
    const s = new Session();
    // Cell 1: the type and ref6 (lines 13-15, 23-25); cell 2: main (lines 17-21).
    const decls = lines.map((l, i) => ((i + 1 >= 13 && i + 1 <= 15) || (i + 1 >= 23 && i + 1 <= 25) ? l : '')).join('\n');
    const declared = await s.execute(decls, { stdout: () => {}, stderr: () => {}, filename: './escape-code-6.go' });
    expect(declared.outcome).toBe('exited');
    const main = s.escape(only(17, 21), '-m -l', './escape-code-6.go');
    expect(main.ok).toBe(true);
    const expected = recorded.filter((l) => lineOf(l) >= 17 && lineOf(l) <= 21);
    expect(expected.length).toBeGreaterThan(0);
    expect(main.output).toBe(`# command-line-arguments\n${expected.map((l) => l + '\n').join('')}`);
  });

  it('analyses a whole-program cell exactly as the command line does', () => {
    const s = new Session();
    const r = s.escape(source, '-m -l', './escape-code-6.go');
    expect(r).toEqual({ output: readFileSync(new URL('escape-code-6.escape', dir), 'latin1'), ok: true });
  });

  it('reports a cell that does not compile, and changes nothing', async () => {
    const s = new Session();
    const r = s.escape('x := undefinedName', '-m -l');
    expect(r.ok).toBe(false);
    expect(r.output).toContain('./prog.go:1:6: undefined: undefinedName');
    expect(s.list()).toEqual([]);
  });

  it('says which flags it cannot emulate', () => {
    const r = new Session().escape('func f() {}', '-m');
    expect(r.ok).toBe(false);
    expect(r.output).toMatch(/without -l/);
  });
});
