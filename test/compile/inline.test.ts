// The inliner model (interpreter/compile/inline.ts, inlcost.ts) against gc 1.23: the costs and
// verdicts `go build -gcflags=-m=2` printed for test/compile/inline/X.go (recorded in X.costs by
// record-inline-costs.mjs), and the inline trees and closure names for small programs whose
// goroutine traces the golden programs under test/golden/panics check end to end.
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { buildProgram } from '../../interpreter/index.js';
import { InlineModel, type InlNode } from '../../interpreter/compile/inline.js';
import type { Package } from '../../interpreter/types/info.js';
import type { Func, Type } from '../../interpreter/types/types.js';
import type * as ast from '../../interpreter/syntax/ast.js';

function goFuncName(f: Func): string {
  const r = f.type.recv;
  if (r === null) return `main.${f.name}`;
  const ptr = r.type.kind === 'Pointer';
  const base = (ptr ? (r.type as { elem: Type }).elem : r.type) as Type;
  const name = base.kind === 'Named' ? base.obj.name : '?';
  return ptr ? `main.(*${name}).${f.name}` : `main.${name}.${f.name}`;
}

function packagesOf(src: string): readonly Package[] {
  const r = buildProgram(src, { filename: './prog.go' });
  expect(r.diagnostics).toEqual([]);
  return r.packages;
}

function decl(pkgs: readonly Package[], name: string): ast.FuncDecl {
  const main = pkgs[pkgs.length - 1]!;
  for (const f of main.files)
    for (const d of f.Decls) if (d.kind === 'FuncDecl' && d.Name.Name === name && d.Recv === null) return d;
  throw new Error(`no func ${name}`);
}

/** The tree as text: one line per inlined call (callee, indented by depth) and per literal copy. */
function describeTree(n: InlNode, depth = 0): string[] {
  const out: string[] = [];
  for (const inst of n.lits.values()) if (n.parent !== null) out.push(`${'  '.repeat(depth)}lit ${inst.name}`);
  for (const child of n.calls.values()) {
    const callee = child.litCallee !== null ? child.litCallee.name : child.body.goName;
    out.push(`${'  '.repeat(depth)}inline ${callee}${child.needsClone ? ' (clone)' : ''}`);
    out.push(...describeTree(child, depth + 1));
  }
  return out;
}

const dir = new URL('./inline/', import.meta.url);

describe('inline costs against gc -m=2', () => {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.go'))) {
    it(file, () => {
      const src = readFileSync(new URL(file, dir), 'utf8');
      const recorded = readFileSync(new URL(file.replace(/\.go$/, '.costs'), dir), 'utf8').trim().split('\n');
      const model = new InlineModel(packagesOf(src), goFuncName, true);
      const want: string[] = [];
      const got: string[] = [];
      for (const line of recorded) {
        const [name, verdict] = line.split('\t') as [string, string];
        const body = model.bodyByName(`main.${name}`);
        if (body === undefined) continue; // gc's own functions: copies, wrappers
        const raw = model.rawCost(body);
        const cost = model.inlineCost(body);
        // The verdict, and the cost where gc reports one; far over the budget only the verdict
        // matters (the model is not exact on big bodies).
        const m = /^cannot: function too complex: cost (\d+)/.exec(verdict);
        const far = (c: number): string => (c > 2 * 80 ? 'too complex' : `too complex ${c}`);
        want.push(`${name} ${verdict.startsWith('cannot') ? (m ? far(Number(m[1])) : 'never') : verdict}`);
        if (cost !== null) got.push(`${name} ${cost}`);
        else got.push(`${name} ${raw.hairy === null ? far(raw.cost) : 'never'}`);
      }
      expect(got).toEqual(want);
      expect(got.length).toBeGreaterThan(40);
    });
  }
});

describe('inline trees and closure names', () => {
  it('a helper returning a closure is inlined into main, its literal copied', () => {
    const pkgs = packagesOf(`package main

func makeAdder(step int) func() int {
	total := 0
	return func() int { total += step; return total }
}

func main() {
	add := makeAdder(1)
	add()
}
`);
    const model = new InlineModel(pkgs, goFuncName);
    expect(describeTree(model.plan(decl(pkgs, 'main'))!)).toEqual([
      'inline main.makeAdder (clone)',
      '  lit main.main.makeAdder.func1',
      'inline main.main.makeAdder.func1',
    ]);
  });

  it('a closure called by an inlined helper is inlined in turn; the helper is not inlined twice along the chain', () => {
    const pkgs = packagesOf(`package main

func run(f func()) { f() }

func main() {
	x := 0
	run(func() {
		run(func() {
			if x == 0 {
				panic("inside nested closures")
			}
		})
	})
}
`);
    const model = new InlineModel(pkgs, goFuncName);
    expect(describeTree(model.plan(decl(pkgs, 'main'))!)).toEqual([
      'inline main.run (clone)',
      '  inline main.main.func1 (clone)',
      '    lit main.main.run.main.func1.func2',
    ]);
  });

  it('copies are numbered after the function’s own literals, in the order gc inlines', () => {
    const pkgs = packagesOf(`package main

func thunk(s string) func() string { return func() string { return s } }

func bomb(s string) func() { return func() { panic(s) } }

func main() {
	hello := func() string { return "hello" }
	a := thunk("a")
	b := thunk("b")
	println(hello(), a(), b())
	boom := bomb("boom")
	boom()
}
`);
    const model = new InlineModel(pkgs, goFuncName);
    const tree = describeTree(model.plan(decl(pkgs, 'main'))!);
    expect(tree.filter((l) => l.includes('lit '))).toEqual([
      '  lit main.main.thunk.func2',
      '  lit main.main.thunk.func3',
      '  lit main.main.bomb.func4',
    ]);
  });

  it('inside a literal, copies take the literal’s name and a dot', () => {
    const pkgs = packagesOf(`package main

func failer(msg string) func() { return func() { panic(msg) } }

func main() {
	run := func() {
		f := failer("x")
		f()
	}
	run()
}
`);
    const model = new InlineModel(pkgs, goFuncName);
    const main = decl(pkgs, 'main');
    const lit = ((main.Body!.List[0] as ast.AssignStmt).Rhs[0]) as ast.FuncLit;
    expect(describeTree(model.plan(lit)!)).toEqual([
      'inline main.failer (clone)',
      '  lit main.main.func1.failer.1',
      'inline main.main.func1.failer.1',
    ]);
  });

  it('no inlining: too costly, defer, recursion, go:noinline', () => {
    const pkgs = packagesOf(`package main

import "fmt"

func costly() func() {
	fmt.Println("a")
	fmt.Println("b")
	return func() {}
}

func deferred() func() {
	defer fmt.Println()
	return func() {}
}

func rec(n int) func() {
	if n == 0 {
		return func() {}
	}
	return rec(n - 1)
}

//go:noinline
func marked() func() { return func() {} }

func main() {
	costly()()
	deferred()()
	rec(2)()
	marked()()
}
`);
    const model = new InlineModel(pkgs, goFuncName);
    expect(describeTree(model.plan(decl(pkgs, 'main'))!)).toEqual([]);
  });

  it('a very big caller takes only inlinees costing at most 20', () => {
    // gc 1.23 (-m=2) calls main "big" between 495 and 505 of these statement pairs, and then no
    // longer inlines mk (cost 38): its closure is main.mk.func1 instead of main.main.mk.func1.
    const program = (pairs: number): string => `package main

func mk(n int) func() {
	a := n * 2
	b := a + n
	c := b - a
	return func() {
		if c > 0 {
			panic("big caller")
		}
	}
}

func main() {
	k := 3
${Array.from({ length: pairs }, (_, i) => `\tx${i} := k * ${i + 2}\n\t_ = x${i}`).join('\n')}
	f := mk(1)
	f()
}
`;
    for (const [pairs, inlined] of [[495, true], [505, false]] as const) {
      const pkgs = packagesOf(program(pairs));
      const tree = describeTree(new InlineModel(pkgs, goFuncName).plan(decl(pkgs, 'main'))!);
      expect(tree.includes('  lit main.main.mk.func1'), `${pairs} pairs`).toBe(inlined);
    }
  });

  it('a program without function literals in inlinable bodies gets no model at all', () => {
    const pkgs = packagesOf(`package main

func add(a, b int) int { return a + b }

func main() { println(add(1, 2)) }
`);
    const model = new InlineModel(pkgs, goFuncName);
    expect(model.active).toBe(false);
    expect(model.plan(decl(pkgs, 'main'))).toBeNull();
  });
});
