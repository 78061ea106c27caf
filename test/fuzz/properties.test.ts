// Property-based fuzzing with fast-check: generated inputs for the front end (token soup, arbitrary
// text) and generated programs for the compiler and runtime, each with a property that needs no Go
// toolchain to judge:
//
// - the front end answers any input with positioned diagnostics or a program, never a throw;
// - an integer expression over typed constants that compiles (so no step overflowed) has the same
//   value when computed at run time from variables (exact 64-bit arithmetic, all integer types);
// - arithmetic on a loop counter (whose range the compiler knows) agrees with the same arithmetic
//   on a copy of it passed through a function (whose range it does not know);
// - generated statement programs (slices, maps, channels, closures, defer, panic, recover,
//   goroutines) end the way a Go program can end, never with a JavaScript error.
//
// fast-check's seed is fixed so every run checks the same cases (FC_SEED changes it, FC_RUNS
// multiplies the number of cases: `npm run fuzz` runs 20 times as many). A failure prints the
// shrunk program; it then becomes a regression test (a golden program or a unit test).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildProgram, runProgram } from '../../interpreter/index.js';

const seed = Number(process.env['FC_SEED'] ?? 20261129);
const scale = Number(process.env['FC_RUNS'] ?? 1);
const params = (numRuns: number): fc.Parameters<unknown> => ({ seed, numRuns: Math.round(numRuns * scale), endOnFailure: false });

/** Runs a program in this thread (the generated ones always end) and returns its transcript. */
async function run(src: string): Promise<{ outcome: string; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const r = await runProgram(src, { filename: './prog.go', stdout: (b) => (stdout += b), stderr: (b) => (stderr += b) });
  return { outcome: r.outcome, stdout, stderr: stderr + r.diagnostics.join('\n') };
}

function positioned(src: string, diagnostics: readonly string[]): string[] {
  const lines = src.split('\n').length;
  const bad: string[] = [];
  for (const d of diagnostics) {
    if (d.startsWith('\t') || d.startsWith('runtime.main_main')) continue;
    const m = /^\.\/prog\.go:(\d+):(\d+): \S/.exec(d);
    if (!m || Number(m[1]) < 1 || Number(m[1]) > lines || Number(m[2]) < 1) bad.push(d);
  }
  return bad;
}

// --- the front end ---------------------------------------------------------------------------

const TOKENS = [
  'package', 'main', 'import', '"fmt"', 'func', 'var', 'const', 'type', 'struct', 'interface', 'map', 'chan',
  'go', 'defer', 'return', 'if', 'else', 'for', 'range', 'switch', 'case', 'default', 'select', 'break',
  'continue', 'goto', 'fallthrough', 'x', 'y', 'T', 'int', 'string', 'any', 'error', 'fmt.Println', 'len',
  'append', 'make', 'new', 'panic', 'recover', '(', ')', '{', '}', '[', ']', ',', ';', ':', '.', '...',
  '=', ':=', '+', '-', '*', '/', '%', '&', '|', '^', '&^', '<<', '>>', '==', '!=', '<', '<=', '>', '>=',
  '&&', '||', '!', '<-', '++', '--', '+=', '~', '0', '1', '0x1F', '1.5', '1e400', '2i', "'a'", "'\\n'",
  '"s"', '"\\xff"', '`raw`', 'nil', 'true', 'iota', '_', '\n', '\t', ' ', '//c\n', '/*c*/', 'é', '世',
];

const tokenSoup = fc.tuple(fc.boolean(), fc.array(fc.constantFrom(...TOKENS), { maxLength: 80 })).map(([inMain, ts]) =>
  inMain ? `package main\n\nfunc main() {\n${ts.join(' ')}\n}\n` : `package main\n${ts.join(' ')}`,
);

describe('front end, property-based', () => {
  it('answers token soup with positioned diagnostics or a program, never a throw', () => {
    fc.assert(
      fc.property(tokenSoup, (src) => {
        const b = buildProgram(src, { filename: './prog.go' });
        if (b.program === null && !b.byGoCommand) expect(positioned(src, b.diagnostics)).toEqual([]);
      }),
      params(4000),
    );
  });

  it('answers arbitrary text (any code point, control characters, lone surrogates) without a throw', () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: 'grapheme-ascii', maxLength: 200 }));
    fc.assert(
      fc.property(text, fc.boolean(), (body, prefixed) => {
        const src = prefixed ? `package main\n${body}` : body;
        const b = buildProgram(src, { filename: './prog.go' });
        if (b.program === null && !b.byGoCommand) expect(positioned(src, b.diagnostics)).toEqual([]);
      }),
      params(4000),
    );
  });
});

// --- integer arithmetic: constants against run time --------------------------------------------

const INT_TYPES = ['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr'] as const;
type IntType = (typeof INT_TYPES)[number];
const BITS: Record<IntType, number> = { int: 64, int8: 8, int16: 16, int32: 32, int64: 64, uint: 64, uint8: 8, uint16: 16, uint32: 32, uint64: 64, uintptr: 64 };

/** `from`: the literal is a value of another integer type, converted (a conversion in both forms). */
type Expr = { kind: 'lit'; v: bigint; from?: IntType } | { kind: 'un'; op: '-' | '^'; x: Expr } | { kind: 'bin'; op: string; x: Expr; y: Expr };

/** Literals near the interesting edges of type t. */
function literal(t: IntType): fc.Arbitrary<bigint> {
  const bits = BITS[t];
  const signed = !t.startsWith('u');
  const max = signed ? (1n << BigInt(bits - 1)) - 1n : (1n << BigInt(bits)) - 1n;
  const min = signed ? -(1n << BigInt(bits - 1)) : 0n;
  const edges = [0n, 1n, 2n, 3n, 7n, max, max - 1n, max / 2n, 1n << 31n, (1n << 31n) - 1n, 1n << 53n, (1n << 53n) + 1n, 1n << 32n];
  const near = edges.filter((e) => e >= min && e <= max);
  if (signed) near.push(...edges.map((e) => -e).filter((e) => e >= min && e <= max), min);
  return fc.oneof(fc.constantFrom(...near), fc.bigInt({ min, max }), fc.bigInt({ min: signed ? -100n : 0n, max: 100n }));
}

type Leaf = Extract<Expr, { kind: 'lit' }>;
const lit = (v: bigint): Leaf => ({ kind: 'lit', v });

/** Literals of type t, and now and then of another integer type converted to t. */
function mixedLeaf(t: IntType): fc.Arbitrary<Leaf> {
  const other = fc.constantFrom(...INT_TYPES).chain((from) => literal(from).map((v): Leaf => ({ kind: 'lit', v, from })));
  return fc.oneof({ weight: 3, arbitrary: literal(t).map(lit) }, { weight: 1, arbitrary: other });
}

function exprOf(t: IntType, leaf: fc.Arbitrary<Leaf> = literal(t).map(lit)): fc.Arbitrary<Expr> {
  const { e } = fc.letrec<{ e: Expr }>((tie) => ({
    e: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      leaf,
      fc.record({ kind: fc.constant('un' as const), op: fc.constantFrom('-' as const, '^' as const), x: tie('e') }),
      fc.record({ kind: fc.constant('bin' as const), op: fc.constantFrom('+', '-', '*', '/', '%', '&', '|', '^', '&^'), x: tie('e'), y: tie('e') }),
      fc.record({ kind: fc.constant('bin' as const), op: fc.constantFrom('<<', '>>'), x: tie('e'), y: fc.bigInt({ min: 0n, max: 70n }).map((v): Expr => ({ kind: 'lit', v })) }),
    ),
  }));
  return e;
}

/** The expression over typed constants (`T(5)`), or over variables holding the same values. */
function render(e: Expr, t: IntType, leaf: (v: bigint, from?: IntType) => string): string {
  switch (e.kind) {
    case 'lit': return leaf(e.v, e.from);
    case 'un': return `${e.op}(${render(e.x, t, leaf)})`;
    case 'bin': return `(${render(e.x, t, leaf)} ${e.op} ${render(e.y, t, leaf)})`;
  }
}

describe('integer arithmetic, property-based', () => {
  it('computes at run time what the same constant expression is, when that compiles', async () => {
    let compared = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...INT_TYPES).chain((t) => fc.tuple(fc.constant(t), exprOf(t, mixedLeaf(t)))), async ([t, e]) => {
        const constText = render(e, t, (v, from) => (from ? `${t}(${from}(${v}))` : `${t}(${v})`));
        const constForm = `package main\n\nconst c ${t} = ${constText}\n\nfunc main() {}\n`;
        if (buildProgram(constForm, { filename: './prog.go' }).program === null) return; // a step overflowed, or / 0
        const vars: string[] = [];
        const runForm = render(e, t, (v, from) => {
          vars.push(`\tv${vars.length} := ${from ?? t}(${v})`);
          return from ? `${t}(v${vars.length - 1})` : `v${vars.length - 1}`;
        });
        const src = `package main\n\nimport "fmt"\n\nconst c ${t} = ${constText}\n\nfunc main() {\n${vars.join('\n')}\n\tr := ${runForm}\n\tfmt.Println(c, r, c == r)\n}\n`;
        const out = await run(src);
        compared++;
        expect(out.outcome, src + out.stderr).toBe('exited');
        const [cv, rv, same] = out.stdout.trim().split(' ');
        expect({ src, r: rv, same }).toEqual({ src, r: cv, same: 'true' });
      }),
      params(800),
    );
    expect(compared).toBeGreaterThan(200 * scale);
  }, 120000);

  it('gives a loop counter the same arithmetic as an opaque copy of it', async () => {
    const START = [0n, -60n, 100n, 2147483600n, 4294967250n, 9007199254740930n, 9223372036854775700n];
    // Expressions in the counter (the leaf X) and int constants, mostly small ones.
    const X = 1n << 70n;
    const leaf = fc.oneof({ weight: 4, arbitrary: fc.constant(lit(X)) }, { weight: 3, arbitrary: fc.bigInt({ min: -20n, max: 1100n }).map(lit) }, { weight: 1, arbitrary: literal('int').map(lit) });
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...START), fc.integer({ min: 1, max: 40 }), fc.boolean(), exprOf('int', leaf), async (start, n, down, e) => {
        const at = (name: string): string => render(e, 'int', (v) => (v === X ? name : v < 0n ? `(${v})` : `${v}`));
        const end = down ? start - BigInt(n) : start + BigInt(n);
        const loop = down ? `for i := ${start}; i > ${end}; i-- {` : `for i := ${start}; i < ${end}; i++ {`;
        const src = `package main\n\nimport "fmt"\n\n//go:noinline\nfunc id(x int) int { return x }\n\nfunc main() {\n\tsum := 0\n\t${loop}\n\t\tj := id(i)\n\t\ta, b := ${at('i')}, ${at('j')}\n\t\tif a != b {\n\t\t\tfmt.Println("differ at", i, a, b)\n\t\t}\n\t\tsum += a & 1023\n\t}\n\tfmt.Println(sum)\n}\n`;
        if (buildProgram(src, { filename: './prog.go' }).program === null) return; // constant parts overflowed
        const out = await run(src);
        expect(out.stderr, src).not.toMatch(/golesson bug|internal error/);
        expect(out.stdout, src).not.toMatch(/differ at/);
        // Division by a zero that only run time sees is Go's panic, and fine.
        expect(out.outcome === 'exited' || /integer divide by zero/.test(out.stderr), src + out.stderr).toBe(true);
      }),
      params(600),
    );
  }, 120000);
});

// --- statements: every ending is one of Go's -------------------------------------------------------

const small = fc.oneof(fc.integer({ min: -3, max: 12 }).map(String), fc.constantFrom('x', 'y', 'len(s)', 'len(m)', 'x + y', 'x * 3', 'y - x'));
// Indices: a negative constant index is a compile error, a negative value at run time a panic.
const index = fc.oneof(fc.integer({ min: 0, max: 12 }).map(String), fc.constantFrom('x', 'y', 'len(s)', 'x - 4', 'y - x', 'len(m) - 1'));
const STATEMENTS: fc.Arbitrary<string>[] = [
  small.map((e) => `s = append(s, ${e})`),
  index.map((e) => `x = s[${e}]`),
  index.map((e) => `s = s[${e}:]`),
  fc.tuple(small, small).map(([a, b]) => `m[${a}] = ${b}`),
  small.map((e) => `delete(m, ${e})`),
  small.map((e) => `x = ${e} / y`),
  small.map((e) => `y = ${e} % (x + 1)`),
  fc.tuple(small, small).map(([a, b]) => `if ${a} > ${b} {\n\t\tpanic(${a})\n\t}`),
  fc.constant('defer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tfmt.Println("recovered", r)\n\t\t}\n\t}()'),
  index.map((e) => `func() {\n\t\tdefer func() { recover() }()\n\t\tx = s[${e}]\n\t}()`),
  small.map((e) => `if ${e} == 0 {\n\t\tvar p *int\n\t\tx = *p\n\t}`),
  small.map((e) => `ch <- ${e}`),
  fc.constant('x = <-ch'),
  fc.constant('close(ch)'),
  small.map((e) => `go func() { ch <- ${e} }()`),
  small.map((e) => `f = func() int { return x + ${e} }`),
  fc.constant('x = f()'),
  fc.constant('{\n\t\tvar i any = x\n\t\t_ = i.(string)\n\t}'),
  small.map((e) => `for k := range ${e} {\n\t\tx += k\n\t}`),
  fc.constant('fmt.Println(x, y, s, len(m))'),
  small.map((e) => `{\n\t\tp := &x\n\t\t*p += ${e}\n\t}`),
  fc.constant('{\n\t\tvar i any = s\n\t\tif v, ok := i.([]int); ok {\n\t\t\tx = len(v)\n\t\t}\n\t}'),
  small.map((e) => `select {\n\tcase ch <- ${e}:\n\tdefault:\n\t}`),
  fc.constant('select {\n\tcase v := <-ch:\n\t\tx = v\n\tdefault:\n\t}'),
  fc.constant('wg.Add(1)\n\tgo func() {\n\t\tdefer wg.Done()\n\t\tmu.Lock()\n\t\ty++\n\t\tmu.Unlock()\n\t}()\n\twg.Wait()'),
  index.map((e) => `{\n\t\tarr := [3]int{x, y, 7}\n\t\tx = arr[(${e}) % 3]\n\t}`),
  index.map((e) => `s = append(s, make([]int, ${e})...)`),
  index.map((e) => `x = copy(s, s[${e}:])`),
  fc.constant('x += len(fmt.Sprint(s, m))'),
  small.map((e) => `for k := range 3 {\n\t\tdefer func() { y += k * ${e} }()\n\t}`),
  small.map((e) => `{\n\t\tvar rec func(int) int\n\t\trec = func(n int) int {\n\t\t\tif n <= 0 {\n\t\t\t\treturn 0\n\t\t\t}\n\t\t\treturn n + rec(n-1)\n\t\t}\n\t\tx = rec(${e})\n\t}`),
  small.map((e) => `x = max(x, ${e}, y) - min(y, ${e})`),
  fc.constant('clear(m)'),
  small.map((e) => `x = int(uint8(x + ${e})) + int(int8(y))`),
  fc.constant('panic(fmt.Errorf("wrapped: %w", errors.New("inner")))'),
  fc.constant('{\n\t\ttype pt struct{ a, b int }\n\t\tq := pt{x, y}\n\t\tr := q\n\t\tr.a++\n\t\tx = q.a + r.a\n\t}'),
];

describe('statement programs, property-based', () => {
  it('end as a Go program ends: exit, panic, fatal error — never a JavaScript error', async () => {
    const endings = new Map<string, number>();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.oneof(...STATEMENTS), { minLength: 1, maxLength: 14 }), async (stmts) => {
        const src = `package main\n\nimport (\n\t"errors"\n\t"fmt"\n\t"sync"\n)\n\nvar _ = fmt.Sprint\nvar _ = errors.New\n\nfunc main() {\n\tx, y := 1, 2\n\ts := []int{1, 2, 3}\n\tm := map[int]int{}\n\tch := make(chan int, 2)\n\tf := func() int { return 0 }\n\tvar wg sync.WaitGroup\n\tvar mu sync.Mutex\n\t_, _, _, _, _, _ = x, y, s, m, ch, f\n\t_, _ = &wg, &mu\n\t${stmts.join('\n\t')}\n}\n`;
        const b = buildProgram(src, { filename: './prog.go' });
        expect(b.diagnostics, src).toEqual([]);
        const out = await run(src);
        expect(out.stderr, src).not.toMatch(/golesson bug|internal error|TypeError|RangeError|ReferenceError/);
        expect(['exited', 'panic', 'fatal'], src + out.stderr).toContain(out.outcome);
        if (out.outcome === 'panic') expect(out.stderr).toMatch(/^panic: /m);
        if (out.outcome === 'fatal') expect(out.stderr).toMatch(/^fatal error: /m);
        endings.set(out.outcome, (endings.get(out.outcome) ?? 0) + 1);
      }),
      params(500),
    );
    // The generator reaches every ending.
    expect([...endings.keys()].sort()).toEqual(['exited', 'fatal', 'panic']);
  }, 120000);
});
