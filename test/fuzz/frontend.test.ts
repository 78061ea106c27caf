// Mutation fuzzing of the front end: programs of the golden corpus with tokens and lines deleted,
// duplicated and swapped go through the scanner, parser, checker and compiler. Whatever the input,
// the outcome must be diagnostics (positioned, gc-worded) or a compiled program — never a thrown
// JavaScript error; and mutants that compile run to one of Go's endings. A seeded generator makes
// every run the same; FUZZ_N, FUZZ_RUNS and FUZZ_SEED change it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../interpreter/index.js';
import { programs } from '../golden-support/corpus.js';
import { golessonRun } from '../golden-support/golesson.js';
import { rng } from '../support/rng.js';

const total = Number(process.env['FUZZ_N'] ?? 10000);
const runs = Number(process.env['FUZZ_RUNS'] ?? 150);
const seed = Number(process.env['FUZZ_SEED'] ?? 20261129);


const tokenPattern = /[\p{L}_][\p{L}\p{N}_]*|\d[\w.]*|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`[^`]*`|:=|\.\.\.|<-|[-+*/%&|^<>=!]=?|&&|\|\||[(){}[\],;.:~]|\s+|./gu;

function mutate(src: string, r: () => number): string {
  const kind = Math.floor(r() * 6);
  if (kind < 3) {
    const toks = src.match(tokenPattern) ?? [];
    const i = Math.floor(r() * toks.length);
    const j = Math.floor(r() * toks.length);
    if (kind === 0) toks.splice(i, 1); // delete a token
    else if (kind === 1) toks.splice(i, 0, toks[j]!); // duplicate one elsewhere
    else [toks[i], toks[j]] = [toks[j]!, toks[i]!]; // swap two
    return toks.join('');
  }
  const lines = src.split('\n');
  const i = Math.floor(r() * lines.length);
  const j = Math.floor(r() * lines.length);
  if (kind === 3) lines.splice(i, 1);
  else if (kind === 4) lines.splice(i, 0, lines[j]!);
  else [lines[i], lines[j]] = [lines[j]!, lines[i]!];
  return lines.join('\n');
}

describe('front-end fuzzing', () => {
  const corpus = programs('').map((p) => readFileSync(`${p.base}.go`, 'utf8'));

  it(`${total} mutated programs give diagnostics or a program, never an internal error`, () => {
    const r = rng(seed);
    let diagnosed = 0;
    let compiled = 0;
    const crashes: string[] = [];
    for (let n = 0; n < total; n++) {
      let src = corpus[Math.floor(r() * corpus.length)]!;
      const rounds = 1 + Math.floor(r() * 3);
      for (let k = 0; k < rounds; k++) src = mutate(src, r);
      try {
        const b = buildProgram(src, { filename: './prog.go' });
        if (b.program) compiled++;
        else {
          diagnosed++;
          // The go command's refusals and the linker's complaint carry no position, as in Go.
          const positionless = b.byGoCommand || b.diagnostics.every((d) => d.startsWith('runtime.main_main'));
          if (!positionless) for (const d of b.diagnostics) if (!/^\.\/prog\.go:\d+:\d+: \S/.test(d) && !/^\t/.test(d)) crashes.push(`unpositioned diagnostic ${JSON.stringify(d)}`);
        }
      } catch (e) {
        if (crashes.length < 20) crashes.push(`${(e as Error).message.split('\n')[0]}\n--- input ---\n${src}`);
        else crashes.push('(more)');
      }
    }
    expect(diagnosed + compiled + crashes.length).toBeGreaterThanOrEqual(total);
    expect(crashes.slice(0, 3)).toEqual([]);
  }, Math.max(300000, total * 20));

  it(`${runs} mutated programs that compile run to a Go ending, never a JavaScript error`, async () => {
    const r = rng(seed ^ 0x5eed);
    const endings = new Map<string, number>();
    let done = 0;
    for (let attempt = 0; done < runs && attempt < runs * 50; attempt++) {
      let src = corpus[Math.floor(r() * corpus.length)]!;
      src = mutate(src, r);
      if (buildProgram(src, { filename: './prog.go' }).program === null) continue;
      done++;
      // Runaway mutants (endless loops, floods) are stopped by the interrupt after 1.5 s.
      const t = await golessonRun(src, './prog.go', 1500);
      expect(t.stderr, src).not.toMatch(/internal error|golesson bug|TypeError|RangeError|ReferenceError/);
      const ending = /^(signal: interrupt|exit status \d+)$/m.exec(t.stderr)?.[1] ?? (t.exit.trim() === '0' ? 'exit 0' : `exit ${t.exit.trim()}`);
      endings.set(ending, (endings.get(ending) ?? 0) + 1);
    }
    expect(done).toBe(runs);
    // Go's own endings only: normal exit, exit status N (panic, os.Exit, fatal error), interrupt.
    for (const k of endings.keys()) expect(k).toMatch(/^(exit 0|exit status \d+|signal: interrupt)$/);
  }, Math.max(300000, runs * 3000));
});
