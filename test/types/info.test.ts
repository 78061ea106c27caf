// What the checker records for the compiler: expression types after untyped defaulting, constant
// values, defs/uses (which := names are new), implicits, selections with embedding paths,
// instances with inferred type arguments, comma-ok tuples, scopes and initialization order.
import { describe, expect, test } from 'vitest';
import type * as ast from '../../interpreter/syntax/ast.js';
import { walk } from './walk.js';
import { check } from './harness.js';
import { typeString } from '../../interpreter/types/typestring.js';
import { constString } from '../../interpreter/types/constant.js';

function checked(src: string) {
  const r = check(src);
  expect(r.lines).toEqual([]);
  return { ...r, pkg: r.pkg! };
}

/** All expressions in the file whose source text (by position) equals `text`, in order. */
function exprsAt(r: ReturnType<typeof checked>, text: string, kind?: ast.Expr['kind']): ast.Expr[] {
  const out: ast.Expr[] = [];
  const src = r.ast.source.text;
  walk(r.ast, (n) => {
    if (kind && n.kind !== kind) return;
    const tv = r.pkg.info.types.get(n as ast.Expr);
    if (!tv) return;
    const start = (n as { NamePos?: number; ValuePos?: number }).NamePos ?? (n as { ValuePos?: number }).ValuePos;
    if (start !== undefined && src.startsWith(text, start) && !/\w/.test(src[start + text.length] ?? '')) out.push(n as ast.Expr);
  });
  return out;
}

function typeOf(r: ReturnType<typeof checked>, e: ast.Expr): string {
  const tv = r.pkg.info.types.get(e);
  return tv ? typeString(tv.type, () => '') : '<none>';
}

describe('types after untyped-constant defaulting', () => {
  test('constants passed to any parameters get their default types', () => {
    const r = checked(`package main
import "fmt"
func main() { fmt.Println(1, 2.5, 'x', "s", true, 1 + 2i) }
`);
    const lits = ['1', '2.5', "'x'", '"s"'].map((t) => exprsAt(r, t, 'BasicLit')[0]!);
    expect(lits.map((e) => typeOf(r, e))).toEqual(['int', 'float64', 'rune', 'string']);
    const t = exprsAt(r, 'true', 'Ident')[0]!;
    expect(typeOf(r, t)).toBe('bool');
  });

  test('constants take the type of their context, with values', () => {
    const r = checked(`package main
func main() {
	var f float64 = 1 << 3
	var b byte = 'a' + 1
	x := 7 / 2
	_, _, _ = f, b, x
}
`);
    const shift = r.pkg.info.types.get(exprsAt(r, '1', 'BasicLit')[0]!);
    expect(shift).toBeDefined();
    const all = [...r.pkg.info.types.entries()].filter(([e]) => e.kind === 'BinaryExpr');
    const got = all.map(([, tv]) => `${typeString(tv.type)} ${tv.value ? constString(tv.value) : ''}`);
    expect(got).toEqual(['float64 8', 'uint8 98', 'int 3'].map((s) => s.replace('uint8', 'byte')));
  });

  test('untyped constants in const declarations stay untyped', () => {
    const r = checked(`package main
const big = 1 << 100
const small = big >> 98
func main() { println(small) }
`);
    const bin = [...r.pkg.info.types.entries()].filter(([e]) => e.kind === 'BinaryExpr').map(([, tv]) => `${typeString(tv.type)} ${constString(tv.value!)}`);
    expect(bin).toEqual(['untyped int 1267650600228229401496703205376', 'untyped int 4']);
  });

  test('comparison operands get default types, the result stays bool', () => {
    const r = checked(`package main
func main() {
	x := 3
	b := x == 2
	_ = b
}
`);
    expect(typeOf(r, exprsAt(r, '2', 'BasicLit')[0]!)).toBe('int');
    const eq = [...r.pkg.info.types.entries()].find(([e]) => e.kind === 'BinaryExpr')!;
    expect(typeString(eq[1].type)).toBe('bool');
  });
});

describe('definitions and uses', () => {
  test(':= defines only the new names', () => {
    const r = checked(`package main
func main() {
	a, b := 1, 2
	a, c := 3, 4
	_, _, _ = a, b, c
}
`);
    const ids: ast.Ident[] = [];
    walk(r.ast, (n) => {
      if (n.kind === 'Ident' && ['a', 'c'].includes(n.Name)) ids.push(n);
    });
    const [a1, a2, c] = [ids[0]!, ids[1]!, ids.find((i) => i.Name === 'c')!];
    expect(r.pkg.info.defs.get(a1)?.kind).toBe('Var');
    expect(r.pkg.info.defs.has(a2)).toBe(false);
    expect(r.pkg.info.uses.get(a2)).toBe(r.pkg.info.defs.get(a1));
    expect(r.pkg.info.defs.get(c)?.kind).toBe('Var');
  });

  test('type switch variables are implicit per clause, with the case type', () => {
    const r = checked(`package main
func main() {
	var v any = 1
	switch x := v.(type) {
	case int:
		_ = x
	case string, bool:
		_ = x
	}
}
`);
    const clauses: ast.CaseClause[] = [];
    walk(r.ast, (n) => {
      if (n.kind === 'CaseClause') clauses.push(n);
    });
    expect(clauses.map((cl) => typeString(r.pkg.info.implicits.get(cl)!.type))).toEqual(['int', 'any']);
  });

  test('imports without a name are implicit package names', () => {
    const r = checked(`package main
import "fmt"
func main() { fmt.Println() }
`);
    const spec = r.ast.Imports[0]!;
    expect(r.pkg.info.implicits.get(spec)).toMatchObject({ kind: 'PkgName', name: 'fmt', imported: 'fmt' });
  });
});

describe('selections', () => {
  test('promoted fields and methods record their embedding path', () => {
    const r = checked(`package main
type Inner struct{ X int }
func (i *Inner) Get() int { return i.X }
type Mid struct{ Inner }
type Outer struct {
	Name string
	*Mid
}
func main() {
	o := Outer{Mid: &Mid{}}
	_ = o.X
	_ = o.Get()
	f := o.Get
	g := (*Inner).Get
	_, _ = f, g
}
`);
    const sels = [...r.pkg.info.selections.entries()].map(([e, s]) => `${e.Sel.Name} ${s.kind} [${s.index.join(',')}] ${s.indirect}`);
    expect(sels).toEqual([
      'X FieldVal [0] true',
      'X FieldVal [1,0,0] true',
      'Get MethodVal [1,0,0] true',
      'Get MethodVal [1,0,0] true',
      'Get MethodExpr [0] true',
    ]);
  });
});

describe('generic instances', () => {
  test('inferred type arguments are recorded for every use', () => {
    const r = checked(`package main
func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
type Pair[K comparable, V any] struct { k K; v V }
func main() {
	_ = Map([]int{1}, func(i int) string { return "" })
	_ = Map[string, bool](nil, nil)
	var p Pair[string, int]
	_ = p
}
`);
    const insts = [...r.pkg.info.instances.entries()].map(([id, i]) => `${id.Name}[${i.typeArgs.map((t) => typeString(t)).join(', ')}] ${typeString(i.type)}`);
    expect(insts).toEqual([
      'Map[int, string] func(xs []int, f func(int) string) []string',
      'Map[string, bool] func(xs []string, f func(string) bool) []bool',
      'Pair[string, int] main.Pair[string, int]',
    ]);
  });
});

describe('comma-ok forms', () => {
  test('map index, type assertion and receive in two-value assignments are tuples', () => {
    const r = checked(`package main
func main() {
	m := map[string]int{}
	var a any
	c := make(chan bool)
	v, ok := m["k"]
	s, ok2 := a.(string)
	b, ok3 := <-c
	_, _, _, _, _, _ = v, ok, s, ok2, b, ok3
}
`);
    const got: string[] = [];
    for (const [e, tv] of r.pkg.info.types) if (tv.mode === 'commaok' && tv.type.kind === 'Tuple') got.push(`${e.kind} ${typeString(tv.type)}`);
    expect(got).toEqual(['IndexExpr (int, bool)', 'TypeAssertExpr (string, bool)', 'UnaryExpr (bool, bool)']);
  });
});

describe('package initialization order', () => {
  test('variables initialize after their dependencies, through functions', () => {
    const r = checked(`package main
var a = b + 1
var b = f()
func f() int { return c }
var c = 1
var d, e = pair()
func pair() (int, int) { return a, 2 }
func main() {}
`);
    expect(r.pkg.initOrder.map((x) => x.lhs.map((v) => v.name).join(','))).toEqual(['c', 'b', 'a', 'd,e']);
  });
});

describe('scopes', () => {
  test('blocks, functions and clauses open scopes', () => {
    const r = checked(`package main
func main() {
	if x := 1; x > 0 {
		y := 2
		_ = y
	}
	for i := range 3 {
		_ = i
	}
}
`);
    const kinds = [...r.pkg.info.scopes.keys()].map((n) => n.kind);
    expect(kinds).toEqual(expect.arrayContaining(['File', 'FuncType', 'IfStmt', 'BlockStmt', 'RangeStmt']));
  });
});
