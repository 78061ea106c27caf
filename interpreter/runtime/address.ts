// Fake addresses for printing pointers (%p, %v of a pointer, println(&x)): 0xc000...-style, assigned
// on first print per object and stable within a run, so "same address" and "different address"
// read as in real Go.

import { ElemPointer } from './pointer.js';
import { Slice } from './slice.js';

let addrs = new WeakMap<object, number>();
let next = 0xc000012000;

/** Forgets all addresses (a new run starts numbering again). */
export function resetAddresses(): void {
  addrs = new WeakMap();
  next = 0xc000012000;
}

/** Bytes per element in fake addresses: what matters is that elements of one array are distinct,
 *  ordered and inside the array's own range. */
const elemSize = 8;

/** The address of an object (a struct, array, Box, field or element pointer, map, channel, func).
 *  An element pointer's address lies inside its array's, as &a[i] does in Go, and a slice's (for
 *  %p) is its first element's. */
export function addressOf(o: object | null): number {
  if (o === null) return 0;
  if (o instanceof ElemPointer) return addressOf(o.array) + o.index * elemSize;
  if (o instanceof Slice) {
    const first = o.array[o.offset];
    // Struct and array elements are their own pointers (docs/runtime-values.md).
    if (first !== null && typeof first === 'object' && !(first instanceof Slice) && o.offset < o.array.length && isOwnPointer(first)) return addressOf(first as object);
    return addressOf(o.array) + o.offset * elemSize;
  }
  let a = addrs.get(o);
  if (a === undefined) {
    a = next;
    // An array reserves room for its elements, so their addresses collide with nothing else.
    const size = Array.isArray(o) ? Math.max(0x20, Math.ceil((o.length * elemSize) / 0x20) * 0x20) : 0x20;
    next += size;
    addrs.set(o, a);
  }
  return a;
}

/** Struct objects and nested arrays: values that are their own pointers. */
function isOwnPointer(v: object): boolean {
  return Array.isArray(v) || typeof (v as { $clone?: unknown }).$clone === 'function';
}

/** "0xc000012000" */
export function addressText(o: object | null): string {
  return '0x' + addressOf(o).toString(16);
}
