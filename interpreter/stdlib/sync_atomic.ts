// Package sync/atomic. Goroutines never run in parallel in golesson, so every atomic operation is
// the plain operation it stands for; the declarations keep Go's shapes (so %v of an atomic.Int64
// prints `{{} {} 5}` as in Go). Value checks the consistency of stored types as Go does.
import type { StdPackage } from './package.js';
import type { Iface } from '../runtime/iface.js';

/** The integer types sync/atomic has functions and a type for: Go's name part and the type. */
const INTEGERS = [['Int32', 'int32'], ['Int64', 'int64'], ['Uint32', 'uint32'], ['Uint64', 'uint64'], ['Uintptr', 'uintptr']] as const;

/** AddT, LoadT, StoreT, SwapT, CompareAndSwapT, AndT and OrT for one integer type. */
function integerFuncs(n: string, t: string): string {
  return `func Add${n}(addr *${t}, delta ${t}) (new ${t}) {
	*addr += delta
	return *addr
}

func Load${n}(addr *${t}) (val ${t}) { return *addr }

func Store${n}(addr *${t}, val ${t}) { *addr = val }

func Swap${n}(addr *${t}, new ${t}) (old ${t}) {
	old = *addr
	*addr = new
	return
}

func CompareAndSwap${n}(addr *${t}, old, new ${t}) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func And${n}(addr *${t}, mask ${t}) (old ${t}) {
	old = *addr
	*addr &= mask
	return
}

func Or${n}(addr *${t}, mask ${t}) (old ${t}) {
	old = *addr
	*addr |= mask
	return
}

`;
}

/** The atomic type for one integer type (64-bit ones carry align64, as in Go, so %v matches). */
function integerType(n: string, t: string): string {
  const align = t.endsWith('64') ? '\t_ align64\n' : '';
  return `type ${n} struct {
	_ noCopy
${align}	v ${t}
}

func (x *${n}) Load() ${t} { return x.v }

func (x *${n}) Store(val ${t}) { x.v = val }

func (x *${n}) Swap(new ${t}) (old ${t}) {
	old = x.v
	x.v = new
	return
}

func (x *${n}) CompareAndSwap(old, new ${t}) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *${n}) Add(delta ${t}) (new ${t}) {
	x.v += delta
	return x.v
}

func (x *${n}) And(mask ${t}) (old ${t}) {
	old = x.v
	x.v &= mask
	return
}

func (x *${n}) Or(mask ${t}) (old ${t}) {
	old = x.v
	x.v |= mask
	return
}

`;
}

const source = `package atomic

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

type align64 struct{}

${INTEGERS.map(([n, t]) => integerFuncs(n, t)).join('')}${INTEGERS.map(([n, t]) => integerType(n, t)).join('')}type Bool struct {
	_ noCopy
	v uint32
}

func (x *Bool) Load() bool { return x.v != 0 }

func (x *Bool) Store(val bool) { x.v = b32(val) }

func (x *Bool) Swap(new bool) (old bool) {
	old = x.v != 0
	x.v = b32(new)
	return
}

func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	if (x.v != 0) != old {
		return false
	}
	x.v = b32(new)
	return true
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// Pointer keeps Go's fields (the zero-size array ties it to T), so %v prints as in Go.
type Pointer[T any] struct {
	_ [0]*T
	_ noCopy
	v *T
}

func (x *Pointer[T]) Load() *T { return x.v }

func (x *Pointer[T]) Store(val *T) { x.v = val }

func (x *Pointer[T]) Swap(new *T) (old *T) {
	old = x.v
	x.v = new
	return
}

func (x *Pointer[T]) CompareAndSwap(old, new *T) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

type Value struct {
	v any
}

func (v *Value) Load() (val any) { return v.v }

func (v *Value) Store(val any) {
	if val == nil {
		panic("sync/atomic: store of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, val) {
		panic("sync/atomic: store of inconsistently typed value into Value")
	}
	v.v = val
}

func (v *Value) Swap(new any) (old any) {
	if new == nil {
		panic("sync/atomic: swap of nil value into Value")
	}
	if v.v != nil && !sameType(v.v, new) {
		panic("sync/atomic: swap of inconsistently typed value into Value")
	}
	old = v.v
	v.v = new
	return
}

func (v *Value) CompareAndSwap(old, new any) (swapped bool) {
	if new == nil {
		panic("sync/atomic: compare and swap of nil value into Value")
	}
	if old != nil && !sameType(old, new) {
		panic("sync/atomic: compare and swap of inconsistently typed values")
	}
	if v.v == nil {
		if old != nil {
			return false
		}
	} else {
		if !sameType(v.v, new) {
			panic("sync/atomic: compare and swap of inconsistently typed value into Value")
		}
		if v.v != old {
			return false
		}
	}
	v.v = new
	return true
}

func sameType(a, b any) bool
`;

export const atomicPackage: StdPackage = {
  path: 'sync/atomic',
  source,
  impl: {
    sameType: (a: Iface | null, b: Iface | null): boolean => a !== null && b !== null && a.type === b.type,
  },
};
