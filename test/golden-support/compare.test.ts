// The golden comparison itself: what it forgives (address values, trace offsets and arguments, runtime
// frames) and what it must still catch, checked on outputs real Go recorded in test/golden.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { stripPlayback } from '../../scripts/record-golden.mjs';
import { parseRecipe } from '../../scripts/golden-recipe.mjs';
import { comparable, type Transcript } from './compare.mjs';

const golden = new URL('../golden/', import.meta.url).pathname;
const read = (rel: string) => readFileSync(golden + rel).toString('latin1');
const recorded = (base: string): Transcript => ({
  stdout: read(`${base}.out`),
  stderr: (() => {
    try {
      return read(`${base}.err`);
    } catch {
      return '';
    }
  })(),
  exit: read(`${base}.exit`),
});
const same = (a: Transcript, b: Transcript) => expect(comparable(b)).toEqual(comparable(a));
const differ = (a: Transcript, b: Transcript) => expect(comparable(b)).not.toEqual(comparable(a));

describe('addresses compare by identity', () => {
  const t = recorded('lecture/defer-code-5'); // the closure's &x: one address per accumulator
  const addrs = [...new Set(t.stdout.match(/0xc[0-9a-f]+/g))];

  test('the recording has two distinct addresses', () => {
    expect(addrs).toHaveLength(2);
  });
  test('other values, same pattern: equal', () => {
    same(t, { ...t, stdout: t.stdout.split(addrs[0]!).join('0xc000123450').split(addrs[1]!).join('0xc0000abcd8') });
  });
  test('two addresses merged into one: different', () => {
    differ(t, { ...t, stdout: t.stdout.split(addrs[1]!).join(addrs[0]!) });
  });
  test('any other byte: different', () => {
    differ(t, { ...t, stdout: t.stdout.replace('111', '112') });
  });
});

describe('panic traces compare by layout', () => {
  const t = recorded('panics/nested-calls'); // main.deep x4, main.S.Method(...), main.main
  test('offsets, arguments and runtime frames are ignored', () => {
    const golesson = t.stderr
      .replace(/ \+0x[0-9a-f]+$/gm, '')
      .replace(/^(main\.deep)\([^)]*\)$/gm, '$1(...)')
      .replace('goroutine 1 [running]:\n', 'goroutine 1 [running]:\nruntime.gopanic({0x1, 0x2})\n\t/usr/lib/go-1.23/src/runtime/panic.go:785 +0x132\n');
    expect(golesson).not.toEqual(t.stderr);
    same(t, { ...t, stderr: golesson });
  });
  test('a wrong line number is caught', () => {
    differ(t, { ...t, stderr: t.stderr.replace('./nested-calls.go:19', './nested-calls.go:18') });
  });
  test('a wrong function name is caught', () => {
    differ(t, { ...t, stderr: t.stderr.replace('main.S.Method', 'main.(*S).Method') });
  });
  test('a missing frame is caught', () => {
    differ(t, { ...t, stderr: t.stderr.replace(/main\.main\(\)\n\t[^\n]*\n/, '') });
  });
  test('the panic message and exit status line are exact', () => {
    differ(t, { ...t, stderr: t.stderr.replace('panic: bottom reached', 'panic: bottom reached!') });
    differ(t, { ...t, stderr: t.stderr.replace('exit status 2', 'exit status 1') });
    differ(t, { ...t, exit: '2\n' });
  });
  test("a SIGSEGV's pc is ignored, its other fields are not", () => {
    const n = recorded('runtime-errors/nil-pointer');
    same(n, { ...n, stderr: n.stderr.replace(/pc=0x[0-9a-f]+/, 'pc=0x1234') });
    differ(n, { ...n, stderr: n.stderr.replace('addr=0x0', 'addr=0x8') });
  });
});

describe('recorder helpers', () => {
  test('faketime playback headers are stripped, other bytes kept', () => {
    const rec = (s: string) => {
      const h = Buffer.alloc(16);
      h.write('\0\0PB', 0, 'latin1');
      h.writeUInt32BE(s.length, 12);
      return Buffer.concat([h, Buffer.from(s)]);
    };
    const raw = Buffer.concat([rec('hello\n'), rec(''), rec('2s\n'), Buffer.from('exit status 2\n')]);
    expect(stripPlayback(raw).toString()).toBe('hello\n2s\nexit status 2\n');
  });
  test('recipes', () => {
    expect(parseRecipe('// run\npackage main')).toEqual({ kind: 'run', faketime: false, go119: false });
    expect(parseRecipe('// run faketime go1.19\n')).toEqual({ kind: 'run', faketime: true, go119: true });
    expect(parseRecipe("// build -gcflags='-m=2 -l'\n")).toEqual({ kind: 'build', gcflags: '-m=2 -l' });
    expect(parseRecipe('// build -gcflags=-d=defer\n')).toEqual({ kind: 'build', gcflags: '-d=defer' });
    expect(() => parseRecipe('package main\n')).toThrow(/not a recipe/);
    expect(() => parseRecipe('// run fast\n')).toThrow(/unknown run option/);
  });
});
