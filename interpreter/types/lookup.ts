// Field and method lookup (cf. types2 lookup.go): breadth-first through embedded fields, method
// sets (value vs pointer receivers), and the "missing method" test behind interface satisfaction.
import { identical, under } from './predicates.js';
import { substSignature } from './instantiate.js';
import { computeTypeSet } from './typeset.js';
import type { Func, Named, Type, Var } from './types.js';

export interface LookupResult {
  /** The field or method found, or null. */
  obj: Var | Func | null;
  /** Path of field indices (embedded fields walked, then the field or method index). */
  index: number[] | null;
  /** Pointer indirections on the path, or (obj null, index set) a method with pointer receiver. */
  indirect: boolean;
  /** Ambiguous selector (several at the same depth). */
  ambiguous?: boolean;
}

interface Embedded { type: Type; index: number[]; indirect: boolean; multiples: boolean }

const instMethodCache = new WeakMap<Named, Map<Func, Func>>();

/** The method m of Named type n, instantiated for n's type arguments when n is an instance. */
export function namedMethod(n: Named, m: Func): Func {
  if (n.origin === null) return m;
  let cache = instMethodCache.get(n);
  if (!cache) {
    cache = new Map();
    instMethodCache.set(n, cache);
  }
  let f = cache.get(m);
  if (!f) {
    const sig = substSignature(m.type, n.origin.typeParams, n.typeArgs);
    f = { ...m, type: sig, origin: m };
    cache.set(m, f);
  }
  return f;
}

export function namedMethods(n: Named): readonly Func[] {
  const orig = n.origin ?? n;
  return orig.methods.map((m) => namedMethod(n, m));
}

/** Looks up a field or method `name` in T (cf. types2 LookupFieldOrMethod). */
export function lookupFieldOrMethod(T: Type, addressable: boolean, name: string, pkg: string, fold = false): LookupResult {
  if (name === '_') return { obj: null, index: null, indirect: false };
  if (T.kind === 'TypeParam') return lookupTypeParam(T, name);
  if (T.kind === 'Pointer' && T.elem.kind === 'TypeParam') {
    const r = lookupTypeParam(T.elem, name);
    // Methods of *P where P is a type parameter are not in P's method set.
    return r.obj ? { obj: null, index: null, indirect: false } : r;
  }
  // Methods on a pointer to a defined pointer type are not found; T itself may be a pointer.
  let typ: Type = T;
  let isPtr = false;
  if (T.kind === 'Pointer') {
    const n = T.elem;
    if (n.kind === 'Named' && under(n).kind === 'Pointer') return { obj: null, index: null, indirect: false };
    // *I where I is an interface has no methods.
    if (under(n).kind === 'Interface') return { obj: null, index: null, indirect: false };
    typ = n;
    isPtr = true;
  } else if (T.kind === 'Named' && under(T).kind === 'Pointer') {
    // A defined pointer type has no methods but its base's fields are reachable.
    const u = under(T) as { elem: Type };
    const r = lookupImpl(u.elem, true, name, pkg, true, fold);
    if (r.obj && r.obj.kind === 'Func') return { obj: null, index: null, indirect: false };
    return r;
  }
  const r = lookupImpl(typ, isPtr, name, pkg, false, fold);
  if (r.obj && r.obj.kind === 'Func') {
    // A pointer-receiver method needs an addressable value or a pointer.
    const recv = r.obj.type.recv;
    if (recv && recv.type.kind === 'Pointer' && !r.indirect && !addressable) {
      return { obj: null, index: r.index, indirect: true };
    }
  }
  return r;
}

function lookupImpl(T: Type, isPtr: boolean, name: string, pkg: string, fieldsOnly: boolean, fold: boolean): LookupResult {
  const low = name.toLowerCase();
  const match = (n: string, p: string) => (fold ? n.toLowerCase() === low : n === name && (isExported(name) || p === pkg));
  let current: Embedded[] = [{ type: T, index: [], indirect: isPtr, multiples: false }];
  const seen = new Set<Named>();
  while (current.length > 0) {
    const next: Embedded[] = [];
    let found: { obj: Var | Func; index: number[]; indirect: boolean } | null = null;
    let count = 0;
    for (const e of current) {
      let typ = e.type;
      if (typ.kind === 'Named') {
        const orig = typ.origin ?? typ;
        if (seen.has(typ)) continue;
        seen.add(typ);
        if (!fieldsOnly) {
          const i = orig.methods.findIndex((m) => match(m.name, m.pkg));
          if (i >= 0) {
            count += e.multiples ? 2 : 1;
            found = { obj: namedMethod(typ, orig.methods[i]!), index: [...e.index, i], indirect: e.indirect };
            continue;
          }
        }
        typ = typ.underlying;
      }
      switch (typ.kind) {
        case 'Struct':
          typ.fields.forEach((f, i) => {
            if (match(f.name, f.pkg)) {
              count += e.multiples ? 2 : 1;
              found = { obj: f, index: [...e.index, i], indirect: e.indirect };
              return;
            }
            if (found === null && f.embedded) {
              let ft = f.type;
              let ind = e.indirect;
              if (ft.kind === 'Pointer') {
                ft = ft.elem;
                ind = true;
              }
              next.push({ type: ft, index: [...e.index, i], indirect: ind, multiples: e.multiples });
            }
          });
          break;
        case 'Interface':
          if (!fieldsOnly) {
            const ms = computeTypeSet(typ).methods;
            const i = ms.findIndex((m) => match(m.name, m.pkg));
            if (i >= 0) {
              count += e.multiples ? 2 : 1;
              found = { obj: ms[i]!, index: [...e.index, i], indirect: e.indirect };
            }
          }
          break;
        default:
          break;
      }
    }
    if (count > 1) return { obj: null, index: found ? (found as { index: number[] }).index : [], indirect: false, ambiguous: true };
    if (found) return found;
    current = consolidate(next);
  }
  return { obj: null, index: null, indirect: false };
}

function consolidate(list: Embedded[]): Embedded[] {
  const out: Embedded[] = [];
  for (const e of list) {
    const prev = out.find((x) => identical(x.type, e.type));
    if (prev) prev.multiples = true;
    else out.push(e);
  }
  return out;
}

function isExported(name: string): boolean {
  const c = name.charCodeAt(0);
  return c >= 65 && c <= 90;
}

export type MissingState = 'ok' | 'notFound' | 'wrongName' | 'unexported' | 'wrongSig' | 'ambigSel' | 'ptrRecv' | 'field';

/** The first method of interface T that V lacks, and why (cf. types2 missingMethod). */
export function missingMethod(V: Type, T: Type, isStatic: boolean): { method: Func | null; state: MissingState; have: Func | null } {
  const methods = computeTypeSet(under(T)).methods;
  const vu = under(V);
  if (vu.kind === 'Interface' && V.kind !== 'TypeParam') {
    const vset = computeTypeSet(vu);
    for (const m of methods) {
      const f = vset.methods.find((x) => x.name === m.name) ?? null;
      if (!f) {
        if (!isStatic) continue;
        return { method: m, state: 'notFound', have: null };
      }
      if (!identical(f.type, m.type)) return { method: m, state: 'wrongSig', have: f };
    }
    return { method: null, state: 'ok', have: null };
  }
  for (const m of methods) {
    const r = V.kind === 'TypeParam' ? lookupTypeParam(V, m.name) : lookupFieldOrMethod(V, false, m.name, m.pkg);
    if (!r.obj) {
      if (r.ambiguous) return { method: m, state: 'ambigSel', have: null };
      if (r.indirect) return { method: m, state: 'ptrRecv', have: null };
      const folded = lookupFolded(V, m.name);
      if (folded) return { method: m, state: folded.name === m.name ? 'unexported' : 'wrongName', have: folded };
      return { method: m, state: 'notFound', have: null };
    }
    if (r.obj.kind !== 'Func') return { method: m, state: 'field', have: null };
    if (!identical(stripRecv(r.obj.type), stripRecv(m.type))) return { method: m, state: 'wrongSig', have: r.obj };
  }
  return { method: null, state: 'ok', have: null };
}

function stripRecv(s: Func['type']): Func['type'] {
  return s.recv ? { ...s, recv: null } : s;
}

function lookupTypeParam(V: Type & { kind: 'TypeParam' }, name: string): LookupResult {
  const ms = computeTypeSet(V.constraint).methods;
  const i = ms.findIndex((m) => m.name === name);
  return i >= 0 ? { obj: ms[i]!, index: [i], indirect: false } : { obj: null, index: null, indirect: false };
}

function lookupFolded(V: Type, name: string): Func | null {
  let t = V;
  if (t.kind === 'Pointer') t = t.elem;
  if (t.kind !== 'Named') return null;
  const orig = t.origin ?? t;
  const low = name.toLowerCase();
  return orig.methods.find((m) => m.name.toLowerCase() === low) ?? null;
}

/** Whether T is a pointer to an interface (a common mistake with its own message). */
export function isInterfacePtr(T: Type): boolean {
  const u = under(T);
  return u.kind === 'Pointer' && under(u.elem).kind === 'Interface' && u.elem.kind !== 'TypeParam';
}
