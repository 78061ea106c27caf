// math/rand and math/rand/v2 without a seed: real Go seeds them from the OS, so no golden output
// exists; golesson seeds them from the run's seed. These tests check what must hold anyway: values
// in range, permutations that are permutations, the same run seed giving the same values, different
// seeds different ones, and rand.Seed's effect not leaking into the next run. (Seeded sequences are
// compared with real Go in test/golden/rand/.)
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../interpreter/run.js';
import { Session } from '../../interpreter/session.js';

async function run(source: string, seed?: number): Promise<string> {
  let stdout = '';
  let stderr = '';
  const r = await runProgram(source, { stdout: (b) => (stdout += b), stderr: (b) => (stderr += b), seed });
  expect(r.diagnostics).toEqual([]);
  expect(stderr).toBe('');
  expect(r.exitStatus).toBe(0);
  return stdout;
}

const draws = `package main

import (
	"fmt"
	"math/rand"
	v2 "math/rand/v2"
	"time"
)

func main() {
	for i := 0; i < 300; i++ {
		fmt.Println("Intn", rand.Intn(10))
		fmt.Println("Int63n", rand.Int63n(1<<40+3))
		fmt.Println("Int31n", rand.Int31n(7))
		fmt.Println("Float64", rand.Float64())
		fmt.Println("Float32", rand.Float32())
		fmt.Println("Int63", rand.Int63())
		fmt.Println("Uint32", rand.Uint32())
		fmt.Println("IntN", v2.IntN(10))
		fmt.Println("Int64N", v2.Int64N(1<<62+1))
		fmt.Println("Float64", v2.Float64())
		fmt.Println("Float32", v2.Float32())
		fmt.Println("N", int64(v2.N(3*time.Second)))
		fmt.Println("Uint64N", v2.Uint64N(5))
	}
	fmt.Println("Perm", rand.Perm(12))
	fmt.Println("Perm", v2.Perm(12))
	s := []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	rand.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println("Perm", s)
	v2.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println("Perm", s)
	b := make([]byte, 64)
	rand.Read(b)
	fmt.Println("Bytes", b)
}
`;

/** Values by name, in order. */
function parse(out: string): Map<string, string[]> {
  const m = new Map<string, string[]>();
  for (const line of out.trimEnd().split('\n')) {
    const sp = line.indexOf(' ');
    const k = line.slice(0, sp);
    m.set(k, [...(m.get(k) ?? []), line.slice(sp + 1)]);
  }
  return m;
}

describe('math/rand top-level functions without Seed', () => {
  it('draw values in their ranges, covering them', async () => {
    const v = parse(await run(draws, 11));
    const ints = (k: string): bigint[] => v.get(k)!.map((s) => BigInt(s));
    const inRange = (k: string, n: bigint) => {
      const xs = ints(k);
      expect(xs.length).toBeGreaterThanOrEqual(300);
      expect(xs.every((x) => x >= 0n && x < n), k).toBe(true);
      return xs;
    };
    expect(new Set(inRange('Intn', 10n)).size).toBe(10);
    expect(new Set(inRange('IntN', 10n)).size).toBe(10);
    expect(new Set(inRange('Int31n', 7n)).size).toBe(7);
    expect(new Set(inRange('Uint64N', 5n)).size).toBe(5);
    expect(new Set(inRange('Int63n', (1n << 40n) + 3n)).size).toBeGreaterThan(290);
    expect(new Set(inRange('Int64N', (1n << 62n) + 1n)).size).toBeGreaterThan(290);
    expect(new Set(inRange('N', 3_000_000_000n)).size).toBeGreaterThan(290);
    inRange('Int63', 1n << 63n);
    inRange('Uint32', 1n << 32n);
    // Large draws really use the high bits: some exceed 2^53 (the JS safe-integer limit).
    expect(ints('Int63').some((x) => x > 1n << 53n)).toBe(true);
    const floats = v.get('Float64')!.concat(v.get('Float32')!).map(Number);
    expect(floats.length).toBe(1200);
    expect(floats.every((f) => f >= 0 && f < 1)).toBe(true);
    expect(Math.min(...floats)).toBeLessThan(0.05);
    expect(Math.max(...floats)).toBeGreaterThan(0.95);
    const perms = v.get('Perm')!;
    expect(perms.length).toBe(4);
    for (const p of perms) {
      const xs = p.slice(1, -1).split(' ').map(Number);
      expect([...xs].sort((a, b) => a - b)).toEqual([...Array(xs.length).keys()]);
    }
    const bytes = v.get('Bytes')![0]!.slice(1, -1).split(' ').map(Number);
    expect(bytes.length).toBe(64);
    expect(new Set(bytes).size).toBeGreaterThan(30);
  });

  it('repeat for the same run seed and differ for another', async () => {
    const a = await run(draws, 5);
    expect(await run(draws, 5)).toBe(a);
    const b = await run(draws, 6);
    expect(b).not.toBe(a);
    // Not merely shifted: the first draws already differ.
    expect(parse(b).get('Int63')!.slice(0, 5)).not.toEqual(parse(a).get('Int63')!.slice(0, 5));
    expect(await run(draws)).toBe(await run(draws, 1));
  });

  it('forget a rand.Seed of an earlier run', async () => {
    const seeded = `package main

import (
	"fmt"
	"math/rand"
)

func main() {
	rand.Seed(1)
	fmt.Println(rand.Int63())
}
`;
    const plain = seeded.replace('\trand.Seed(1)\n', '');
    const alone = await run(plain, 9);
    expect(await run(seeded, 9)).toBe('5577006791947779410\n');
    expect(await run(plain, 9)).toBe(alone);
    expect(alone).not.toBe('5577006791947779410\n');
  });

  it('work in a notebook session, math/rand/v2 included', async () => {
    const s = new Session();
    let out = '';
    const opts = { stdout: (b: string) => (out += b), stderr: (b: string) => (out += b), seed: 3 };
    const imp = await s.execute('import "math/rand/v2"', opts);
    expect(imp.diagnostics).toEqual([]);
    const r = await s.execute('r := rand.New(rand.NewPCG(1, 2))\nfmt.Println(r.Uint64(), rand.IntN(1) == 0)', opts);
    expect(r.diagnostics).toEqual([]);
    expect(out).toBe('14192431797130687760 true\n');
  });

  it('leave a later cell unseeded after rand.Seed in an earlier one (each cell is a run)', async () => {
    const s = new Session();
    let out = '';
    const opts = { stdout: (b: string) => (out += b), stderr: (b: string) => (out += b), seed: 4 };
    await s.execute('import "math/rand"', opts);
    await s.execute('rand.Seed(1)\nfmt.Println(rand.Int63())', opts);
    expect(out).toBe('5577006791947779410\n');
    out = '';
    await s.execute('fmt.Println(rand.Int63())', opts);
    const later = out;
    // The same cell in a fresh session, same run seed: what an unseeded run prints.
    const fresh = new Session();
    out = '';
    await fresh.execute('import "math/rand"', opts);
    await fresh.execute('fmt.Println(rand.Int63())', opts);
    expect(out).toMatch(/^\d+\n$/);
    expect(later).toBe(out);
  });
});
