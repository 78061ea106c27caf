// Types printed as gc prints them, and type identity.
import { describe, expect, test } from 'vitest';
import { check } from './harness.js';
import { typeString } from '../../interpreter/types/typestring.js';
import { identical } from '../../interpreter/types/predicates.js';
import type { Type } from '../../interpreter/types/types.js';

function typesOfVars(src: string): Map<string, Type> {
  const r = check(src);
  expect(r.lines).toEqual([]);
  const m = new Map<string, Type>();
  for (const [id, obj] of r.pkg!.info.defs) if (obj && obj.kind === 'Var' && obj.isGlobal) m.set(id.Name, obj.type);
  return m;
}

describe('typeString', () => {
  const vars = typesOfVars(`package main
type T struct{ a int }
type G[K comparable, V any] struct{}
var (
	a []string
	b map[string]int
	c *T
	d func(int) string
	e func(x int, ys ...string) (int, error)
	f struct{}
	g struct {
		A int \`json:"a"\`
		T
	}
	h chan<- int
	i <-chan int
	j chan (<-chan int)
	k interface{}
	l any
	m error
	n interface{ M(int) bool }
	o [3]byte
	p []rune
	q G[string, []int]
	r func()
)
func main() {}
`);
  const cases: [string, string, string][] = [
    ['a', '[]string', '[]string'], ['b', 'map[string]int', 'map[string]int'], ['c', '*T', '*main.T'],
    ['d', 'func(int) string', 'func(int) string'], ['e', 'func(x int, ys ...string) (int, error)', 'func(x int, ys ...string) (int, error)'],
    ['f', 'struct{}', 'struct{}'], ['g', 'struct{A int "json:\\"a\\""; T}', 'struct{A int "json:\\"a\\""; main.T}'],
    ['h', 'chan<- int', 'chan<- int'], ['i', '<-chan int', '<-chan int'], ['j', 'chan (<-chan int)', 'chan (<-chan int)'],
    ['k', 'interface{}', 'interface{}'], ['l', 'any', 'any'], ['m', 'error', 'error'],
    ['n', 'interface{M(int) bool}', 'interface{M(int) bool}'], ['o', '[3]byte', '[3]byte'], ['p', '[]rune', '[]rune'],
    ['q', 'G[string, []int]', 'main.G[string, []int]'], ['r', 'func()', 'func()'],
  ];
  for (const [name, unqualified, qualified] of cases) {
    test(`${name}: ${qualified}`, () => {
      const t = vars.get(name)!;
      expect(typeString(t, () => '')).toBe(unqualified);
      expect(typeString(t)).toBe(qualified);
    });
  }
});

describe('identical', () => {
  const v = typesOfVars(`package main
type T int
type G[X any] struct{ x X }
var (
	a []int
	b []int
	c []T
	d struct{ x int }
	e struct{ x int }
	f G[int]
	g G[int]
	h G[string]
	i byte
	j uint8
	k func(a int) string
	l func(b int) string
)
func main() {}
`);
  test('structural types are identical when their structure is', () => {
    expect(identical(v.get('a')!, v.get('b')!)).toBe(true);
    expect(identical(v.get('a')!, v.get('c')!)).toBe(false);
    expect(identical(v.get('d')!, v.get('e')!)).toBe(true);
    expect(identical(v.get('k')!, v.get('l')!)).toBe(true);
  });
  test('instances with identical arguments are identical; byte is uint8', () => {
    expect(identical(v.get('f')!, v.get('g')!)).toBe(true);
    expect(identical(v.get('f')!, v.get('h')!)).toBe(false);
    expect(identical(v.get('i')!, v.get('j')!)).toBe(true);
  });
});
