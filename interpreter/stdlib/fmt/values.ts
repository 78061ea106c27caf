// How fmt reads runtime values it walks with reflection: slice elements, map entries in
// internal/fmtsort order, pointer targets and addresses, and calls of Go methods from TypeScript.
import type { TypeDesc } from '../../runtime/typedesc.js';
import type { Iface } from '../../runtime/iface.js';
import type { I64 } from '../../runtime/int64.js';
import type { Slice } from '../../runtime/slice.js';
import type { GoMap } from '../../runtime/map.js';
import type { Pointer } from '../../runtime/pointer.js';
import { addressOf } from '../../runtime/address.js';
import { callSync } from '../../runtime/defer.js';

/** The elements of an array or slice value (null slice: none). */
export function elems(t: TypeDesc, v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (t.kind === 'Array') return v as unknown[];
  const s = v as Slice;
  return s.array.slice(s.offset, s.offset + s.length);
}

/** The entries of a map value, sorted as fmt prints them (internal/fmtsort). */
export function sortedEntries(t: TypeDesc, v: unknown): [unknown, unknown][] {
  if (v === null || v === undefined) return [];
  const list = [...(v as GoMap).entries()];
  const kt = t.key!;
  list.sort((a, b) => compareKeys(kt, a[0], b[0]));
  return list;
}

function cmpNum(a: number | bigint, b: number | bigint): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function cmpFloat(a: number, b: number): number {
  if (a < b) return -1;
  if (a > b) return 1;
  if (a === b) return 0;
  const an = a !== a;
  const bn = b !== b;
  if (an && bn) return 0;
  return an ? -1 : 1;
}

/** internal/fmtsort's compare: ordered by kind-specific rules, interfaces by type then value. */
export function compareKeys(t: TypeDesc, a: unknown, b: unknown): number {
  switch (t.kind) {
    case 'Int': case 'Int8': case 'Int16': case 'Int32': case 'Int64':
    case 'Uint': case 'Uint8': case 'Uint16': case 'Uint32': case 'Uint64': case 'Uintptr':
      return cmpNum(a as I64, b as I64);
    case 'String':
      return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
    case 'Float32': case 'Float64':
      return cmpFloat(a as number, b as number);
    case 'Complex64': case 'Complex128': {
      const x = a as { re: number; im: number };
      const y = b as { re: number; im: number };
      return cmpFloat(x.re, y.re) || cmpFloat(x.im, y.im);
    }
    case 'Bool':
      return a === b ? 0 : a ? 1 : -1;
    case 'Pointer': case 'Chan': case 'UnsafePointer': case 'Func':
      return cmpNum(pointerAddress(a), pointerAddress(b));
    case 'Struct':
      for (const f of t.fields) {
        const c = compareKeys(f.type as TypeDesc, (a as Record<string, unknown>)[f.prop], (b as Record<string, unknown>)[f.prop]);
        if (c !== 0) return c;
      }
      return 0;
    case 'Array': {
      const x = a as unknown[];
      const y = b as unknown[];
      for (let i = 0; i < x.length; i++) {
        const c = compareKeys(t.elem!, x[i], y[i]);
        if (c !== 0) return c;
      }
      return 0;
    }
    case 'Interface': {
      const x = a as Iface | null;
      const y = b as Iface | null;
      if (x === null || y === null) return x === null ? (y === null ? 0 : -1) : 1;
      // Go orders different dynamic types by their descriptors' addresses; creation order is ours.
      if (x.type !== y.type) return cmpNum(x.type.id, y.type.id);
      return compareKeys(x.type, x.value, y.value);
    }
    default:
      return 0;
  }
}

/** The address fmt prints for a pointer-like value (0 for nil). */
export function pointerAddress(v: unknown): number {
  if (v === null || v === undefined) return 0;
  if (typeof v !== 'object' && typeof v !== 'function') return 0;
  return addressOf(v as object);
}

/** The value a non-nil pointer of type t points to. */
export function deref(t: TypeDesc, v: unknown): unknown {
  const et = t.elem!;
  if (et.kind === 'Struct' || et.kind === 'Array') return v;
  return (v as Pointer).load();
}

/** Calls a Go method (receiver first) from TypeScript and returns its result. */
export function callMethod(fn: (...args: any[]) => any, _gen: boolean, recv: unknown, args: unknown[]): unknown {
  return callSync(fn, recv, ...args);
}
