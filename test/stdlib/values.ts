// Go values built by hand for unit tests of the standard library, as compiled code would build them.
import { Iface } from '../../interpreter/runtime/iface.js';
import { Complex } from '../../interpreter/runtime/complex.js';
import { Slice } from '../../interpreter/runtime/slice.js';
import { makeMap, mapSet } from '../../interpreter/runtime/map.js';
import { Box } from '../../interpreter/runtime/pointer.js';
import {
  types, namedType, setUnderlying, structOf, ptrTo, sliceOf, arrayOf, mapOf, funcOf, chanOf, errorType, anyType,
  type TypeDesc, type FieldSpec,
} from '../../interpreter/runtime/typedesc.js';

export { types, ptrTo, sliceOf, arrayOf, mapOf, funcOf, chanOf, errorType, anyType, Iface, Complex, Slice, Box };
export type { TypeDesc };

export const iv = (v: number | bigint): Iface => new Iface(types.int, v);
export const sv = (v: string): Iface => new Iface(types.string, v);
export const fv = (v: number): Iface => new Iface(types.float64, v);
export const f32 = (v: number): Iface => new Iface(types.float32, Math.fround(v));
export const bv = (v: boolean): Iface => new Iface(types.bool, v);
export const rv = (v: number): Iface => new Iface(types.int32, v);
export const cv = (re: number, im: number): Iface => new Iface(types.complex128, new Complex(re, im));
export const box = (t: TypeDesc, v: unknown): Iface => new Iface(t, v);

export function slice<T>(items: T[]): Slice<T> {
  return new Slice(items.slice(), 0, items.length, items.length);
}
export function bytes(s: string): Slice<number> {
  return slice([...s].map((c) => c.charCodeAt(0)));
}
export function gomap(t: TypeDesc, entries: [unknown, unknown][]) {
  const m = makeMap(t.key!, t.elem!);
  for (const [k, v] of entries) mapSet(m, k, v);
  return m;
}
export function named(name: string, u: TypeDesc, pkg = 'main'): TypeDesc {
  return setUnderlying(namedType(pkg, name), u);
}
export function struct(fields: (FieldSpec | [string, TypeDesc])[]): TypeDesc {
  return structOf(fields.map((f) => (Array.isArray(f) ? { name: f[0], type: f[1], pkg: /^[a-z]/.test(f[0]) ? 'main' : undefined } : f)));
}
export function make(t: TypeDesc, ...vals: unknown[]): any {
  return new t.ctor!(...vals);
}
/** The JS bytes of a JS string (UTF-8). */
export function utf8(s: string): string {
  return Buffer.from(s, 'utf8').toString('latin1');
}
