// Type predicates (cf. types2 predicates.go): the basic-kind tests, identity, comparability, the
// default type of untyped values, and core types.
import { Typ, byteType, runeType } from './universe.js';
import type { Basic, Interface, Named, Signature, Tuple, Type, TypeParam } from './types.js';
import { computeTypeSet } from './typeset.js';

/** The underlying type (for Named, its declared type; type parameters are their own underlying). */
export function under(t: Type): Type {
  return t.kind === 'Named' ? t.underlying : t;
}

/** Like under, but a type parameter's underlying type is its constraint interface (as in types2). */
export function underTP(t: Type): Type {
  return t.kind === 'TypeParam' ? under(t.constraint) : under(t);
}

const integerKinds = new Set(['int', 'int8', 'int16', 'int32', 'int64', 'uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr', 'untyped int', 'untyped rune']);
const unsignedKinds = new Set(['uint', 'uint8', 'uint16', 'uint32', 'uint64', 'uintptr']);
const floatKinds = new Set(['float32', 'float64', 'untyped float']);
const complexKinds = new Set(['complex64', 'complex128', 'untyped complex']);

function basicOf(t: Type): Basic | null {
  const u = under(t);
  return u.kind === 'Basic' ? u : null;
}

/** Tests a basic-kind property; for type parameters, true if every type in its type set has it. */
function allBasic(t: Type, pred: (b: Basic) => boolean): boolean {
  if (t.kind === 'TypeParam') {
    const ts = computeTypeSet(t.constraint);
    if (ts.terms === null || ts.terms.length === 0) return false;
    return ts.terms.every((term) => allBasic(term.type, pred));
  }
  const b = basicOf(t);
  return b !== null && pred(b);
}

export const isBoolean = (t: Type) => allBasic(t, (b) => b.name === 'bool' || b.name === 'untyped bool');
export const isInteger = (t: Type) => allBasic(t, (b) => integerKinds.has(b.name));
export const isUnsigned = (t: Type) => allBasic(t, (b) => unsignedKinds.has(b.name));
export const isFloat = (t: Type) => allBasic(t, (b) => floatKinds.has(b.name));
export const isComplex = (t: Type) => allBasic(t, (b) => complexKinds.has(b.name));
export const isNumeric = (t: Type) => allBasic(t, (b) => integerKinds.has(b.name) || floatKinds.has(b.name) || complexKinds.has(b.name));
export const isNumericOrString = (t: Type) => allBasic(t, (b) => integerKinds.has(b.name) || floatKinds.has(b.name) || complexKinds.has(b.name) || b.name === 'string' || b.name === 'untyped string');
export const isString = (t: Type) => allBasic(t, (b) => b.name === 'string' || b.name === 'untyped string');
export const isIntegerOrFloat = (t: Type) => allBasic(t, (b) => integerKinds.has(b.name) || floatKinds.has(b.name));
export const isConstType = (t: Type) => {
  const b = basicOf(t);
  return b !== null && b.name !== 'untyped nil' && b.name !== 'invalid type' && b.name !== 'unsafe.Pointer';
};
/** Ordered: integers, floats and strings. */
export const isOrdered = (t: Type) => allBasic(t, (b) => integerKinds.has(b.name) || floatKinds.has(b.name) || b.name === 'string' || b.name === 'untyped string');

/** Single-type predicates (no type-set expansion), as go/types' isXxx without "All". */
export function isBasicKind(t: Type, pred: (name: string) => boolean): boolean {
  const b = basicOf(t);
  return b !== null && pred(b.name);
}
export const isUntyped = (t: Type): boolean => t.kind === 'Basic' && t.name.startsWith('untyped');
export const isTyped = (t: Type): boolean => !isUntyped(t);
export const isInvalid = (t: Type): boolean => t === Typ.invalid;
export const isInterface = (t: Type): boolean => t.kind !== 'TypeParam' && under(t).kind === 'Interface';
export const isTypeParam = (t: Type): t is TypeParam => t.kind === 'TypeParam';
export function isNonTypeParamInterface(t: Type): boolean {
  return t.kind !== 'TypeParam' && under(t).kind === 'Interface';
}

/** The size in bits of an integer basic type (int and uint are 64-bit, as on amd64). */
export function intSize(name: string): number {
  switch (name) {
    case 'int8': case 'uint8': return 8;
    case 'int16': case 'uint16': return 16;
    case 'int32': case 'uint32': case 'float32': return 32;
    default: return 64;
  }
}

/** The default type of an untyped type (Go spec: Constants). */
export function defaultType(t: Type): Type {
  if (t.kind !== 'Basic') return t;
  switch (t.name) {
    case 'untyped bool': return Typ.bool;
    case 'untyped int': return Typ.int;
    case 'untyped rune': return runeType;
    case 'untyped float': return Typ.float64;
    case 'untyped complex': return Typ.complex128;
    case 'untyped string': return Typ.string;
    default: return t;
  }
}

export function hasNil(t: Type): boolean {
  if (t.kind === 'TypeParam') {
    const ts = computeTypeSet(t.constraint);
    return ts.terms !== null && ts.terms.length > 0 && ts.terms.every((x) => hasNil(x.type));
  }
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return u.name === 'unsafe.Pointer';
    case 'Slice': case 'Pointer': case 'Signature': case 'Map': case 'Chan': case 'Interface': return true;
    default: return false;
  }
}

// ---------------------------------------------------------------------------------------------
// Identity (Go spec: Type identity)

export function identical(x: Type, y: Type): boolean {
  return identicalImpl(x, y, null);
}

let ignoreTags = false;
/** Identity ignoring struct tags throughout (Go spec: Conversions). */
export function identicalIgnoreTags(x: Type, y: Type): boolean {
  ignoreTags = true;
  try {
    return identicalImpl(x, y, null);
  } finally {
    ignoreTags = false;
  }
}

interface Pair { x: Type; y: Type; prev: Pair | null }

function identicalImpl(x: Type, y: Type, seen: Pair | null): boolean {
  if (x === y) return true;
  switch (x.kind) {
    case 'Basic':
      return y.kind === 'Basic' && x.name === y.name;
    case 'Array':
      return y.kind === 'Array' && x.len === y.len && identicalImpl(x.elem, y.elem, seen);
    case 'Slice':
      return y.kind === 'Slice' && identicalImpl(x.elem, y.elem, seen);
    case 'Pointer':
      return y.kind === 'Pointer' && identicalImpl(x.elem, y.elem, seen);
    case 'Map':
      return y.kind === 'Map' && identicalImpl(x.key, y.key, seen) && identicalImpl(x.elem, y.elem, seen);
    case 'Chan':
      return y.kind === 'Chan' && x.dir === y.dir && identicalImpl(x.elem, y.elem, seen);
    case 'Struct':
      if (y.kind !== 'Struct' || x.fields.length !== y.fields.length) return false;
      for (let i = 0; i < x.fields.length; i++) {
        const f = x.fields[i]!, g = y.fields[i]!;
        if (!!f.embedded !== !!g.embedded || (!ignoreTags && (x.tags[i] ?? '') !== (y.tags[i] ?? '')) || f.name !== g.name) return false;
        if (!isExportedName(f.name) && f.pkg !== g.pkg) return false;
        if (!identicalImpl(f.type, g.type, seen)) return false;
      }
      return true;
    case 'Tuple':
      return y.kind === 'Tuple' && identicalTuples(x, y, seen);
    case 'Signature':
      return y.kind === 'Signature' && identicalSignatures(x, y, seen);
    case 'Union':
      return y.kind === 'Union' && x.terms.length === y.terms.length &&
        x.terms.every((t) => y.terms.some((u) => t.tilde === u.tilde && identicalImpl(t.type, u.type, seen)));
    case 'Interface': {
      if (y.kind !== 'Interface') return false;
      for (let p = seen; p; p = p.prev) if ((p.x === x && p.y === y) || (p.x === y && p.y === x)) return true;
      const s2: Pair = { x, y, prev: seen };
      const a = computeTypeSet(x), b = computeTypeSet(y);
      if (a.comparable !== b.comparable) return false;
      if (!identicalTermLists(a.terms, b.terms, s2)) return false;
      if (a.methods.length !== b.methods.length) return false;
      for (let i = 0; i < a.methods.length; i++) {
        const m = a.methods[i]!, n = b.methods[i]!;
        if (m.name !== n.name || (!isExportedName(m.name) && m.pkg !== n.pkg)) return false;
        if (!identicalImpl(m.type, n.type, s2)) return false;
      }
      return true;
    }
    case 'Named':
      if (y.kind !== 'Named') return false;
      if (x.origin !== null && y.origin !== null && x.origin === y.origin) {
        return x.typeArgs.every((a, i) => identicalImpl(a, y.typeArgs[i]!, seen));
      }
      return false;
    case 'TypeParam':
      return false;
  }
}

function identicalTermLists(a: readonly { tilde: boolean; type: Type }[] | null, b: readonly { tilde: boolean; type: Type }[] | null, seen: Pair | null): boolean {
  if (a === null || b === null) return a === b;
  if (a.length !== b.length) return false;
  return a.every((t) => b.some((u) => t.tilde === u.tilde && identicalImpl(t.type, u.type, seen)));
}

function identicalTuples(x: Tuple, y: Tuple, seen: Pair | null): boolean {
  if (x.vars.length !== y.vars.length) return false;
  for (let i = 0; i < x.vars.length; i++) if (!identicalImpl(x.vars[i]!.type, y.vars[i]!.type, seen)) return false;
  return true;
}

function identicalSignatures(x: Signature, y: Signature, seen: Pair | null): boolean {
  if (x.variadic !== y.variadic || x.typeParams.length !== y.typeParams.length) return false;
  if (x.typeParams.length > 0) {
    // Generic signatures are identical if equal after renaming type parameters; we compare them
    // structurally, treating corresponding type parameters as equal.
    const map = new Map<TypeParam, TypeParam>();
    x.typeParams.forEach((p, i) => map.set(p, y.typeParams[i]!));
    const eq = (a: Type, b: Type): boolean => (a.kind === 'TypeParam' && map.get(a) === b) || identicalImpl(a, b, seen);
    return x.params.vars.length === y.params.vars.length && x.results.vars.length === y.results.vars.length &&
      x.params.vars.every((v, i) => eq(v.type, y.params.vars[i]!.type)) &&
      x.results.vars.every((v, i) => eq(v.type, y.results.vars[i]!.type));
  }
  return identicalTuples(x.params, y.params, seen) && identicalTuples(x.results, y.results, seen);
}

export function isExportedName(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90 || (c > 127 && name[0]!.toUpperCase() === name[0] && name[0]!.toLowerCase() !== name[0]);
}

// ---------------------------------------------------------------------------------------------
// Comparability (Go spec: Comparison operators)

/** Whether values of t can be compared with == (cf. types2 comparableType). `reportf` receives the
 *  reason when t is not comparable (used in messages such as "struct containing []int cannot be compared"). */
export function comparable(t: Type, dynamic: boolean, seen: Set<Type> = new Set(), reportf?: (msg: string) => void): boolean {
  if (seen.has(t)) return true;
  seen.add(t);
  if (t.kind === 'TypeParam') {
    const ts = computeTypeSet(t.constraint);
    if (ts.isComparableSet(dynamic)) return true;
    reportf?.(ts.terms !== null && ts.terms.length === 0 ? 'empty type set' : 'incomparable types in type set');
    return false;
  }
  const u = under(t);
  switch (u.kind) {
    case 'Basic': return u.name !== 'untyped nil';
    case 'Pointer': case 'Chan': return true;
    case 'Interface': {
      if (dynamic) return true;
      const ts = computeTypeSet(u);
      if (ts.isComparableSet(dynamic)) return true;
      reportf?.(ts.terms !== null && ts.terms.length === 0 ? 'empty type set' : 'incomparable types in type set');
      return false;
    }
    case 'Struct':
      for (const f of u.fields) {
        if (!comparable(f.type, dynamic, seen)) {
          reportf?.(`struct containing ${typeStringForReason(f.type)} cannot be compared`);
          return false;
        }
      }
      return true;
    case 'Array':
      if (!comparable(u.elem, dynamic, seen)) {
        reportf?.(`${typeStringForReason(t)} cannot be compared`);
        return false;
      }
      return true;
    default:
      return false;
  }
}

let typeStringHook: (t: Type) => string = () => '?';
/** Set by the checker so that comparability reasons print types with its qualifier; returns the
 *  previous one (a package checked while importing restores its importer's). */
export function setReasonTypeString(f: (t: Type) => string): (t: Type) => string {
  const prev = typeStringHook;
  typeStringHook = f;
  return prev;
}
function typeStringForReason(t: Type): string {
  return typeStringHook(t);
}

// ---------------------------------------------------------------------------------------------
// Core types (Go spec: Core types)

/** The core type of t: its underlying type, or for a type parameter the single underlying type of
 *  all types in its type set (null if there is none). */
export function coreType(t: Type): Type | null {
  if (t.kind !== 'TypeParam') {
    const u = under(t);
    if (u.kind === 'Interface') {
      const ts = computeTypeSet(u);
      if (ts.terms === null) return u;
      return coreOfTerms(ts.terms);
    }
    return u;
  }
  const ts = computeTypeSet(t.constraint);
  if (ts.terms === null) return null;
  return coreOfTerms(ts.terms);
}

function coreOfTerms(terms: readonly { tilde: boolean; type: Type }[]): Type | null {
  let su: Type | null = null;
  for (const term of terms) {
    const u = under(term.type);
    if (su === null) su = u;
    else if (!identical(su, u)) {
      // Channels with different directions but identical element types share a core type.
      if (su.kind === 'Chan' && u.kind === 'Chan' && identical(su.elem, u.elem)) {
        if (su.dir === 'BOTH') su = u;
        else if (u.dir !== 'BOTH' && u.dir !== su.dir) return null;
        continue;
      }
      return null;
    }
  }
  return su;
}

/** Like coreType, but []byte and string count as one ("bytestring") for append/copy/slicing. */
export function coreString(t: Type): Type | null {
  if (t.kind === 'TypeParam') {
    const ts = computeTypeSet(t.constraint);
    if (ts.terms === null || ts.terms.length === 0) return null;
    let hasString = false;
    let su: Type | null = null;
    for (const term of ts.terms) {
      let u = under(term.type);
      if (isString(u)) { u = { kind: 'Slice', elem: byteType }; hasString = true; }
      if (su === null) su = u;
      else if (!identical(su, u)) return null;
    }
    return hasString ? Typ.string : su;
  }
  return coreType(t);
}

export function isGeneric(t: Type): boolean {
  return t.kind === 'Named' && t.typeParams.length > 0 && t.typeArgs.length === 0;
}

export function asNamed(t: Type): Named | null {
  return t.kind === 'Named' ? t : null;
}

export function asInterface(t: Type): Interface | null {
  const u = under(t);
  return u.kind === 'Interface' ? u : null;
}

export { runeType };
