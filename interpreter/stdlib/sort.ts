// Package sort: Sort, Stable, Slice, SliceStable, Ints, Strings, Float64s, Search and friends, with
// Go's own algorithms so that ties come out in Go's order.
import type { StdPackage } from './package.js';
import type { Iface } from '../runtime/iface.js';
import type { Slice } from '../runtime/slice.js';
import { callSync } from '../runtime/defer.js';
import { types, type TypeDesc } from '../runtime/typedesc.js';
import { arrayLessSwap, bitsLen, orderedLess, pdqsort, stable, type LessSwap } from './sort/pdqsort.js';
import { panicString } from './panics.js';

const source = `package sort

type Interface interface {
	Len() int
	Less(i, j int) bool
	Swap(i, j int)
}

func Sort(data Interface)
func Stable(data Interface)
func Slice(x any, less func(i, j int) bool)
func SliceStable(x any, less func(i, j int) bool)
func Ints(x []int)
func Float64s(x []float64)
func Strings(x []string)

func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

func sliceLen(x any) int

func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

func Float64sAreSorted(x []float64) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {
			return false
		}
	}
	return true
}

func Search(n int, f func(int) bool) int {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if !f(h) {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo
}

func Find(n int, cmp func(int) int) (i int, found bool) {
	lo, hi := 0, n
	for lo < hi {
		h := int(uint(lo+hi) >> 1)
		if cmp(h) > 0 {
			lo = h + 1
		} else {
			hi = h
		}
	}
	return lo, lo < n && cmp(lo) == 0
}

func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }
func (x IntSlice) Sort()              { Sort(x) }
func (x IntSlice) Search(v int) int   { return SearchInts(x, v) }

type StringSlice []string

func (x StringSlice) Len() int            { return len(x) }
func (x StringSlice) Less(i, j int) bool  { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)       { x[i], x[j] = x[j], x[i] }
func (x StringSlice) Sort()               { Sort(x) }
func (x StringSlice) Search(v string) int { return SearchStrings(x, v) }

type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }
func (x Float64Slice) Less(i, j int) bool {
	return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])
}
func (x Float64Slice) Swap(i, j int)        { x[i], x[j] = x[j], x[i] }
func (x Float64Slice) Sort()                { Sort(x) }
func (x Float64Slice) Search(v float64) int { return SearchFloat64s(x, v) }

type reverse struct {
	Interface
}

func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

func Reverse(data Interface) Interface {
	return &reverse{data}
}
`;

function ifaceLessSwap(data: Iface): [LessSwap, number] {
  const m = data.type.m;
  const v = data.value;
  const n = Number(callSync(m.Len!, v));
  const lessFn = m.Less!;
  const swapFn = m.Swap!;
  return [{ less: (i, j) => callSync(lessFn, v, i, j) as boolean, swap: (i, j) => void callSync(swapFn, v, i, j) }, n];
}

function sliceArg(x: Iface | null, fn: string): [Slice | null, TypeDesc] {
  if (x === null || x.type.kind !== 'Slice') {
    const kind = x === null ? 'zero' : x.type.kind === 'Pointer' ? 'ptr' : x.type.kind.toLowerCase();
    throw panicString(`reflect: call of ${fn} on ${kind} Value`);
  }
  return [x.value as Slice | null, x.type.elem as TypeDesc];
}

function funcLessSwap(s: Slice | null, elem: TypeDesc, less: (...a: any[]) => any): LessSwap {
  const ls = arrayLessSwap(s === null ? [] : s.array, s === null ? 0 : s.offset, elem, () => false);
  return { less: (i, j) => callSync(less, i, j) as boolean, swap: ls.swap };
}

function sortOrdered(s: Slice | null, elem: TypeDesc): void {
  if (s === null || s.length < 2) return;
  pdqsort(arrayLessSwap(s.array, s.offset, elem, orderedLess), 0, s.length, bitsLen(s.length));
}

export const sortPackage: StdPackage = {
  path: 'sort',
  source,
  impl: {
    Sort: (data: Iface) => {
      const [ls, n] = ifaceLessSwap(data);
      if (n <= 1) return;
      pdqsort(ls, 0, n, bitsLen(n));
    },
    Stable: (data: Iface) => {
      const [ls, n] = ifaceLessSwap(data);
      stable(ls, n);
    },
    Slice: (x: Iface | null, less: (...a: any[]) => any) => {
      const [s, elem] = sliceArg(x, 'Swapper');
      const n = s === null ? 0 : s.length;
      pdqsort(funcLessSwap(s, elem, less), 0, n, bitsLen(n));
    },
    SliceStable: (x: Iface | null, less: (...a: any[]) => any) => {
      const [s, elem] = sliceArg(x, 'Swapper');
      stable(funcLessSwap(s, elem, less), s === null ? 0 : s.length);
    },
    sliceLen: (x: Iface | null) => {
      const [s] = sliceArg(x, 'reflect.Value.Len');
      return s === null ? 0 : s.length;
    },
    Ints: (x: Slice | null) => sortOrdered(x, types.int),
    Float64s: (x: Slice | null) => sortOrdered(x, types.float64),
    Strings: (x: Slice | null) => sortOrdered(x, types.string),
  },
};

export { sortOrdered };
