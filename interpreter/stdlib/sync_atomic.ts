// Package sync/atomic. Goroutines never run in parallel in golesson, so every atomic operation is
// the plain operation it stands for; the declarations keep Go's shapes (so %v of an atomic.Int64
// prints `{{} {} 5}` as in Go). Value checks the consistency of stored types as Go does.
import type { StdPackage } from './package.js';
import type { Iface } from '../runtime/iface.js';

const source = `package atomic

type noCopy struct{}

func (*noCopy) Lock()   {}
func (*noCopy) Unlock() {}

type align64 struct{}

func AddInt32(addr *int32, delta int32) (new int32) {
	*addr += delta
	return *addr
}

func LoadInt32(addr *int32) (val int32) { return *addr }

func StoreInt32(addr *int32, val int32) { *addr = val }

func SwapInt32(addr *int32, new int32) (old int32) {
	old = *addr
	*addr = new
	return
}

func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AndInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr &= mask
	return
}

func OrInt32(addr *int32, mask int32) (old int32) {
	old = *addr
	*addr |= mask
	return
}

func AddInt64(addr *int64, delta int64) (new int64) {
	*addr += delta
	return *addr
}

func LoadInt64(addr *int64) (val int64) { return *addr }

func StoreInt64(addr *int64, val int64) { *addr = val }

func SwapInt64(addr *int64, new int64) (old int64) {
	old = *addr
	*addr = new
	return
}

func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AndInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr &= mask
	return
}

func OrInt64(addr *int64, mask int64) (old int64) {
	old = *addr
	*addr |= mask
	return
}

func AddUint32(addr *uint32, delta uint32) (new uint32) {
	*addr += delta
	return *addr
}

func LoadUint32(addr *uint32) (val uint32) { return *addr }

func StoreUint32(addr *uint32, val uint32) { *addr = val }

func SwapUint32(addr *uint32, new uint32) (old uint32) {
	old = *addr
	*addr = new
	return
}

func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AndUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr &= mask
	return
}

func OrUint32(addr *uint32, mask uint32) (old uint32) {
	old = *addr
	*addr |= mask
	return
}

func AddUint64(addr *uint64, delta uint64) (new uint64) {
	*addr += delta
	return *addr
}

func LoadUint64(addr *uint64) (val uint64) { return *addr }

func StoreUint64(addr *uint64, val uint64) { *addr = val }

func SwapUint64(addr *uint64, new uint64) (old uint64) {
	old = *addr
	*addr = new
	return
}

func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AndUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr &= mask
	return
}

func OrUint64(addr *uint64, mask uint64) (old uint64) {
	old = *addr
	*addr |= mask
	return
}

func AddUintptr(addr *uintptr, delta uintptr) (new uintptr) {
	*addr += delta
	return *addr
}

func LoadUintptr(addr *uintptr) (val uintptr) { return *addr }

func StoreUintptr(addr *uintptr, val uintptr) { *addr = val }

func SwapUintptr(addr *uintptr, new uintptr) (old uintptr) {
	old = *addr
	*addr = new
	return
}

func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool) {
	if *addr != old {
		return false
	}
	*addr = new
	return true
}

func AndUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr &= mask
	return
}

func OrUintptr(addr *uintptr, mask uintptr) (old uintptr) {
	old = *addr
	*addr |= mask
	return
}

type Int32 struct {
	_ noCopy
	v int32
}

func (x *Int32) Load() int32 { return x.v }

func (x *Int32) Store(val int32) { x.v = val }

func (x *Int32) Swap(new int32) (old int32) {
	old = x.v
	x.v = new
	return
}

func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Int32) Add(delta int32) (new int32) {
	x.v += delta
	return x.v
}

func (x *Int32) And(mask int32) (old int32) {
	old = x.v
	x.v &= mask
	return
}

func (x *Int32) Or(mask int32) (old int32) {
	old = x.v
	x.v |= mask
	return
}

type Int64 struct {
	_ noCopy
	_ align64
	v int64
}

func (x *Int64) Load() int64 { return x.v }

func (x *Int64) Store(val int64) { x.v = val }

func (x *Int64) Swap(new int64) (old int64) {
	old = x.v
	x.v = new
	return
}

func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Int64) Add(delta int64) (new int64) {
	x.v += delta
	return x.v
}

func (x *Int64) And(mask int64) (old int64) {
	old = x.v
	x.v &= mask
	return
}

func (x *Int64) Or(mask int64) (old int64) {
	old = x.v
	x.v |= mask
	return
}

type Uint32 struct {
	_ noCopy
	v uint32
}

func (x *Uint32) Load() uint32 { return x.v }

func (x *Uint32) Store(val uint32) { x.v = val }

func (x *Uint32) Swap(new uint32) (old uint32) {
	old = x.v
	x.v = new
	return
}

func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uint32) Add(delta uint32) (new uint32) {
	x.v += delta
	return x.v
}

func (x *Uint32) And(mask uint32) (old uint32) {
	old = x.v
	x.v &= mask
	return
}

func (x *Uint32) Or(mask uint32) (old uint32) {
	old = x.v
	x.v |= mask
	return
}

type Uint64 struct {
	_ noCopy
	_ align64
	v uint64
}

func (x *Uint64) Load() uint64 { return x.v }

func (x *Uint64) Store(val uint64) { x.v = val }

func (x *Uint64) Swap(new uint64) (old uint64) {
	old = x.v
	x.v = new
	return
}

func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uint64) Add(delta uint64) (new uint64) {
	x.v += delta
	return x.v
}

func (x *Uint64) And(mask uint64) (old uint64) {
	old = x.v
	x.v &= mask
	return
}

func (x *Uint64) Or(mask uint64) (old uint64) {
	old = x.v
	x.v |= mask
	return
}

type Uintptr struct {
	_ noCopy
	v uintptr
}

func (x *Uintptr) Load() uintptr { return x.v }

func (x *Uintptr) Store(val uintptr) { x.v = val }

func (x *Uintptr) Swap(new uintptr) (old uintptr) {
	old = x.v
	x.v = new
	return
}

func (x *Uintptr) CompareAndSwap(old, new uintptr) (swapped bool) {
	if x.v != old {
		return false
	}
	x.v = new
	return true
}

func (x *Uintptr) Add(delta uintptr) (new uintptr) {
	x.v += delta
	return x.v
}

func (x *Uintptr) And(mask uintptr) (old uintptr) {
	old = x.v
	x.v &= mask
	return
}

func (x *Uintptr) Or(mask uintptr) (old uintptr) {
	old = x.v
	x.v |= mask
	return
}

type Bool struct {
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
