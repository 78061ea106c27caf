// Package unicode's classes and case mappings against Go 1.23 for every code point
// (cases/unicode.go, recorded: per function and block of 4096, the runs of members or the changes).
import { describe, expect, it } from 'vitest';
import { unicodePackage } from '../../interpreter/stdlib/unicode.js';
import { loadExpected } from './expected.js';

const impl = unicodePackage.impl as Record<string, (r: number) => number | boolean>;

function classRuns(f: (r: number) => boolean, block: number): string {
  const runs: string[] = [];
  let start = -1;
  for (let r = block; r <= block + 0x1000; r++) {
    const inside = r < block + 0x1000 && f(r);
    if (inside && start < 0) start = r;
    else if (!inside && start >= 0) {
      runs.push(`${start.toString(16)}-${(r - 1).toString(16)}`);
      start = -1;
    }
  }
  return runs.join(',');
}

function mapDiffs(f: (r: number) => number, block: number): string {
  const out: string[] = [];
  for (let r = block; r < block + 0x1000; r++) {
    const v = f(r);
    if (v !== r) out.push(`${r.toString(16)}:${v.toString(16)}`);
  }
  return out.join(',');
}

describe('unicode matches Go 1.23 on every code point', () => {
  const expected = loadExpected('unicode');
  const failures: string[] = [];
  for (const [name, want] of expected) {
    const [fn, blockHex] = name.split('/');
    const block = parseInt(blockHex!, 16);
    const f = impl[fn!]!;
    const got = fn!.startsWith('Is') ? classRuns(f as (r: number) => boolean, block) : mapDiffs(f as (r: number) => number, block);
    if (got !== want) {
      const g = new Set(got.split(','));
      const w = new Set(want.split(','));
      const onlyOurs = [...g].filter((x) => !w.has(x)).slice(0, 8);
      const onlyGo = [...w].filter((x) => !g.has(x)).slice(0, 8);
      failures.push(`${name}: only golesson ${onlyOurs.join(' ')} | only Go ${onlyGo.join(' ')}`);
    }
  }
  it(`all ${expected.size} function × block cases`, () => {
    expect(failures).toEqual([]);
  });
});
