// Sizes, alignments and pointer shapes of types on a 64-bit target, as gc computes them (cf.
// types.Size, HasPointers, IsDirectIface): unsafe.Sizeof, Alignof and Offsetof, escape analysis
// (stack-size limits, capture by value, interface conversions) and evaluation order need them.
import { under } from './predicates.js';
import type { Type } from './types.js';

const ptrSize = 8;

export function sizeof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    case 'Basic':
      switch (u.name) {
        case 'bool': case 'int8': case 'uint8': return 1;
        case 'int16': case 'uint16': return 2;
        case 'int32': case 'uint32': case 'float32': return 4;
        case 'complex128': case 'string': case 'untyped string': return 16;
        default: return 8;
      }
    case 'Pointer': case 'Map': case 'Chan': case 'Signature': return ptrSize;
    case 'Slice': return 24;
    case 'Interface': return 16;
    case 'Array': return u.len * sizeof(u.elem);
    case 'Struct': {
      let off = 0;
      let maxAlign = 1;
      for (const f of u.fields) {
        const a = alignof(f.type);
        maxAlign = Math.max(maxAlign, a);
        off = Math.ceil(off / a) * a + sizeof(f.type);
      }
      if (u.fields.length > 0 && sizeof(u.fields[u.fields.length - 1]!.type) === 0 && off > 0) off++;
      return Math.ceil(off / maxAlign) * maxAlign;
    }
    default: return ptrSize;
  }
}

/** The offsets of a struct's fields, laid out in order, each at its alignment. */
export function fieldOffsets(t: Type): number[] {
  const u = under(t);
  if (u.kind !== 'Struct') return [];
  let off = 0;
  return u.fields.map((f) => {
    const a = alignof(f.type);
    off = Math.ceil(off / a) * a;
    const at = off;
    off += sizeof(f.type);
    return at;
  });
}

export function alignof(t: Type): number {
  const u = under(t);
  switch (u.kind) {
    // A scalar aligns to its size; complex numbers to their parts, strings to their pointer.
    case 'Basic': return u.name === 'complex64' ? 4 : Math.min(sizeof(u), ptrSize);
    case 'Array': return alignof(u.elem);
    case 'Struct': return u.fields.reduce((a, f) => Math.max(a, alignof(f.type)), 1);
    default: return ptrSize;
  }
}

export function hasPointers(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return u.name === 'string' || u.name === 'unsafe.Pointer' || u.name === 'untyped string' || u.name === 'untyped nil';
    case 'Array': return u.len > 0 && hasPointers(u.elem);
    case 'Struct': return u.fields.some((f) => hasPointers(f.type));
    case 'Tuple': return u.vars.some((v) => hasPointers(v.type));
    default: return true;
  }
}

/** Whether values of t are stored directly in an interface's data word (pointer-shaped types). */
export function isDirectIface(t: Type): boolean {
  const u = under(t);
  switch (u.kind) {
    case 'Pointer': case 'Chan': case 'Map': case 'Signature': return true;
    case 'Basic': return u.name === 'unsafe.Pointer';
    case 'Array': return u.len === 1 && isDirectIface(u.elem);
    case 'Struct': return u.fields.length === 1 && isDirectIface(u.fields[0]!.type);
    default: return false;
  }
}

export function isInterfaceType(t: Type): boolean {
  return t.kind !== 'TypeParam' && under(t).kind === 'Interface';
}
