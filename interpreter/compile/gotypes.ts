// Questions the code generator asks about Go types: which JS representation a type has (number
// widths, 64-bit, float32, complex, value types), type substitution for generic instances, and the
// promoted method sets of named types.
import type { Func, Named, Type, TypeParam, Var, Signature, Tuple, Struct, Interface } from '../types/types.js';

export function under(t: Type): Type {
  return t.kind === 'Named' ? t.underlying : t;
}

/** The arithmetic class of a numeric/string/bool type. */
export type NumClass = 'i64' | 'u64' | 'i32' | 'i16' | 'i8' | 'u32' | 'u16' | 'u8' | 'f64' | 'f32' | 'c128' | 'c64' | 'str' | 'bool' | 'other';

export function numClass(t: Type): NumClass {
  const u = under(t);
  if (u.kind !== 'Basic') return 'other';
  switch (u.name) {
    case 'int': case 'int64': case 'untyped int': return 'i64';
    case 'uint': case 'uint64': case 'uintptr': return 'u64';
    case 'int32': case 'untyped rune': return 'i32';
    case 'int16': return 'i16';
    case 'int8': return 'i8';
    case 'uint32': return 'u32';
    case 'uint16': return 'u16';
    case 'uint8': return 'u8';
    case 'float64': case 'untyped float': return 'f64';
    case 'float32': return 'f32';
    case 'complex128': case 'untyped complex': return 'c128';
    case 'complex64': return 'c64';
    case 'string': case 'untyped string': return 'str';
    case 'bool': case 'untyped bool': return 'bool';
    default: return 'other';
  }
}

export const isIntClass = (c: NumClass): boolean => c === 'i64' || c === 'u64' || c === 'i32' || c === 'i16' || c === 'i8' || c === 'u32' || c === 'u16' || c === 'u8';
export const isSmallInt = (c: NumClass): boolean => c === 'i32' || c === 'i16' || c === 'i8' || c === 'u32' || c === 'u16' || c === 'u8';

/** Arrays and structs: copied on assignment. */
export function isValueType(t: Type): boolean {
  const u = under(t);
  return u.kind === 'Struct' || u.kind === 'Array';
}

export function isInterface(t: Type): boolean {
  return under(t).kind === 'Interface';
}

/** A substitution of type parameters by type arguments (identity when empty). */
export class Subst {
  constructor(readonly map: ReadonlyMap<TypeParam, Type> = new Map()) {}
  get empty(): boolean {
    return this.map.size === 0;
  }
  apply(t: Type): Type {
    if (this.map.size === 0) return t;
    return substType(t, this.map, new Map());
  }
}

function substType(t: Type, m: ReadonlyMap<TypeParam, Type>, seen: Map<Type, Type>): Type {
  switch (t.kind) {
    case 'Basic':
      return t;
    case 'TypeParam': {
      const r = m.get(t);
      if (r !== undefined) return r;
      for (const [k, v] of m) if (k.obj === t.obj || (k.obj.name === t.obj.name && k.index === t.index && k.obj.pos === t.obj.pos)) return v;
      return t;
    }
    case 'Pointer': {
      const e = substType(t.elem, m, seen);
      return e === t.elem ? t : { kind: 'Pointer', elem: e };
    }
    case 'Slice': {
      const e = substType(t.elem, m, seen);
      return e === t.elem ? t : { kind: 'Slice', elem: e };
    }
    case 'Array': {
      const e = substType(t.elem, m, seen);
      return e === t.elem ? t : { kind: 'Array', len: t.len, elem: e };
    }
    case 'Map': {
      const k = substType(t.key, m, seen);
      const e = substType(t.elem, m, seen);
      return k === t.key && e === t.elem ? t : { kind: 'Map', key: k, elem: e };
    }
    case 'Chan': {
      const e = substType(t.elem, m, seen);
      return e === t.elem ? t : { kind: 'Chan', dir: t.dir, elem: e };
    }
    case 'Struct': {
      let changed = false;
      const fields = t.fields.map((f) => {
        const ft = substType(f.type, m, seen);
        if (ft !== f.type) changed = true;
        return ft === f.type ? f : { ...f, type: ft };
      });
      return changed ? ({ kind: 'Struct', fields, tags: t.tags } as Struct) : t;
    }
    case 'Tuple': {
      let changed = false;
      const vars = t.vars.map((v) => {
        const vt = substType(v.type, m, seen);
        if (vt !== v.type) changed = true;
        return vt === v.type ? v : ({ ...v, type: vt } as Var);
      });
      return changed ? ({ kind: 'Tuple', vars } as Tuple) : t;
    }
    case 'Signature': {
      const params = substType(t.params, m, seen) as Tuple;
      const results = substType(t.results, m, seen) as Tuple;
      return params === t.params && results === t.results ? t : ({ ...t, params, results, typeParams: [] } as Signature);
    }
    case 'Interface': {
      let changed = false;
      const allMethods = t.allMethods.map((f) => {
        const ft = substType(f.type, m, seen) as Signature;
        if (ft !== f.type) changed = true;
        return ft === f.type ? f : ({ ...f, type: ft } as Func);
      });
      return changed ? ({ ...t, allMethods, methods: allMethods } as Interface) : t;
    }
    case 'Named': {
      if (t.typeArgs.length === 0) return t;
      const args = t.typeArgs.map((a) => substType(a, m, seen));
      if (args.every((a, i) => a === t.typeArgs[i])) return t;
      return instantiateNamed(t.origin ?? t, args);
    }
    case 'Union':
      return t;
  }
}

const instCache = new Map<Named, Map<string, Named>>();

/** The instance origin[args], built here when the checker did not record it (nested generics). */
export function instantiateNamed(origin: Named, args: readonly Type[]): Named {
  let byArgs = instCache.get(origin);
  if (byArgs === undefined) {
    byArgs = new Map();
    instCache.set(origin, byArgs);
  }
  const key = args.map(typeKeyLite).join(',');
  const have = byArgs.get(key);
  if (have !== undefined) return have;
  const m = new Map<TypeParam, Type>();
  origin.typeParams.forEach((p, i) => m.set(p, args[i]!));
  const inst: Named = {
    kind: 'Named',
    obj: origin.obj,
    underlying: origin.underlying,
    methods: origin.methods,
    typeParams: [],
    origin,
    typeArgs: args,
  };
  byArgs.set(key, inst);
  inst.underlying = substType(origin.underlying, m, new Map());
  return inst;
}

function typeKeyLite(t: Type): string {
  switch (t.kind) {
    case 'Basic': return t.name;
    case 'Named': return `${t.obj.pkg}.${t.obj.name}@${t.obj.pos}[${t.typeArgs.map(typeKeyLite).join(',')}]`;
    case 'Pointer': return '*' + typeKeyLite(t.elem);
    case 'Slice': return '[]' + typeKeyLite(t.elem);
    case 'Array': return `[${t.len}]` + typeKeyLite(t.elem);
    case 'Map': return `map[${typeKeyLite(t.key)}]${typeKeyLite(t.elem)}`;
    case 'Chan': return `chan ${t.dir} ${typeKeyLite(t.elem)}`;
    case 'TypeParam': return `P${t.obj.name}`;
    default: return t.kind + JSON.stringify(t, (k, v) => (k === 'obj' || k === 'decl' || k === 'pos' ? undefined : v)).length;
  }
}

/** The substitution a generic Named instance implies for its methods' bodies. */
export function namedSubst(n: Named): Map<TypeParam, Type> {
  const m = new Map<TypeParam, Type>();
  const origin = n.origin ?? n;
  origin.typeParams.forEach((p, i) => {
    const a = n.typeArgs[i];
    if (a !== undefined) m.set(p, a);
  });
  return m;
}

export interface MethodPath {
  /** Embedded field indices walked from the outer struct. */
  readonly path: number[];
  readonly method: Func;
  /** The type that declares the method. */
  readonly recvNamed: Named;
}

/** Methods of the named type n and those promoted through embedded fields (Go spec "Selectors";
 *  shallowest depth wins, same-depth duplicates cancel). */
export function methodSet(n: Named): Map<string, MethodPath> {
  const out = new Map<string, MethodPath>();
  const own = n.methods.length > 0 ? n.methods : (n.origin?.methods ?? []);
  for (const m of own) out.set(m.name, { path: [], method: m, recvNamed: n });
  let level: { t: Type; path: number[] }[] = [{ t: n, path: [] }];
  const seen = new Set<Type>([n]);
  const blocked = new Set<string>(out.keys());
  for (const f of structFields(n)) blocked.add(f.name);
  for (let depth = 0; depth < 8 && level.length > 0; depth++) {
    const next: { t: Type; path: number[] }[] = [];
    const found = new Map<string, MethodPath | null>();
    const fieldsHere = new Set<string>();
    for (const { t, path } of level) {
      const fields = structFields(t);
      fields.forEach((f, i) => {
        if (!f.embedded) return;
        let ft = f.type;
        if (ft.kind === 'Pointer') ft = ft.elem;
        const p = [...path, i];
        if (ft.kind === 'Named') {
          for (const m of ft.methods.length > 0 ? ft.methods : (ft.origin?.methods ?? [])) {
            if (blocked.has(m.name)) continue;
            found.set(m.name, found.has(m.name) ? null : { path: p, method: m, recvNamed: ft });
          }
          if (ft.underlying.kind === 'Interface') {
            for (const m of ft.underlying.allMethods) {
              if (blocked.has(m.name)) continue;
              found.set(m.name, found.has(m.name) ? null : { path: p, method: m, recvNamed: ft });
            }
          }
        }
        if (!seen.has(ft)) {
          seen.add(ft);
          next.push({ t: ft, path: p });
        }
        for (const g of structFields(ft)) fieldsHere.add(g.name);
      });
    }
    for (const [name, mp] of found) {
      blocked.add(name);
      if (mp !== null) out.set(name, mp);
    }
    for (const f of fieldsHere) blocked.add(f);
    level = next;
  }
  return out;
}

function structFields(t: Type): readonly Var[] {
  const u = under(t);
  return u.kind === 'Struct' ? u.fields : [];
}

/** Whether the method has a pointer receiver. */
export function ptrRecv(m: Func): boolean {
  const r = m.type.recv;
  return r !== null && r.type.kind === 'Pointer';
}
