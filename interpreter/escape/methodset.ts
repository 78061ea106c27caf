// The methods of a type as gc lists them for its method wrappers (cf. types.CalcMethods and
// reflectdata's wrappers): declared and promoted methods, with the embedded fields they are
// promoted through, exported names first.
import { isExportedName, under } from '../types/predicates.js';
import { lookupFieldOrMethod } from '../types/lookup.js';
import { computeTypeSet } from '../types/typeset.js';
import type { Func, Named, Type } from '../types/types.js';
import { isShape } from './shapes.js';

export interface MethodEntry {
  readonly m: Func;
  /** The embedded fields walked to reach the method (indices), outermost first. */
  readonly path: readonly number[];
  /** A pointer was followed on the way, so the method is in the value's method set anyway. */
  readonly viaPtr: boolean;
  /** The method belongs to an interface (T's own, or an embedded interface field's). */
  readonly iface: boolean;
}

/** T's methods, declared and promoted, sorted as gc sorts them; T is not a pointer. */
export function methodSet(T: Type, pkg: string): MethodEntry[] {
  const u = under(T);
  if (u.kind === 'Interface') {
    return sortMethods(computeTypeSet(u).methods.map((m) => ({ m, path: [], viaPtr: false, iface: true })));
  }
  const names = new Set<string>();
  collectNames(T, names, new Set(), 0);
  const out: MethodEntry[] = [];
  for (const name of names) {
    const r = lookupFieldOrMethod(T, true, name, pkg);
    if (r.obj === null || r.obj.kind !== 'Func' || r.ambiguous === true || r.index === null) continue;
    const path = r.index.slice(0, -1);
    const recv = r.obj.type.recv?.type;
    out.push({ m: r.obj, path, viaPtr: pathHasPointer(T, path), iface: recv === undefined || under(recv).kind === 'Interface' });
  }
  return sortMethods(out);
}

function collectNames(t: Type, names: Set<string>, seen: Set<Type>, depth: number): void {
  if (seen.has(t) || depth > 8) return;
  seen.add(t);
  if (t.kind === 'Pointer') {
    collectNames(t.elem, names, seen, depth);
    return;
  }
  if (t.kind === 'Named') for (const m of (t.origin ?? t).methods) names.add(m.name);
  const u = under(t);
  if (u.kind === 'Interface') for (const m of computeTypeSet(u).methods) names.add(m.name);
  if (u.kind === 'Struct') for (const f of u.fields) if (f.embedded) collectNames(f.type, names, seen, depth + 1);
}

function pathHasPointer(T: Type, path: readonly number[]): boolean {
  let t = T;
  for (const i of path) {
    const u = under(t.kind === 'Pointer' ? t.elem : t);
    if (u.kind !== 'Struct') return false;
    t = u.fields[i]!.type;
    if (under(t).kind === 'Pointer') return true;
  }
  return false;
}

function sortMethods(l: MethodEntry[]): MethodEntry[] {
  return l.sort((a, b) => {
    const ea = isExportedName(a.m.name), eb = isExportedName(b.m.name);
    if (ea !== eb) return ea ? -1 : 1;
    return a.m.name < b.m.name ? -1 : a.m.name > b.m.name ? 1 : 0;
  });
}

/** Whether a type gets method wrappers of its own: named types of the package and their
 *  instances, and type literals that have methods (embedded fields, interfaces). */
export function wantsWrappers(t: Type, local: string): boolean {
  // An interface shape (a type parameter instantiated with an interface) has its methods.
  if (isShape(t)) {
    const u = under(t);
    return u.kind === 'Interface' && u.allMethods.length > 0;
  }
  if (t.kind === 'Named') {
    const o: Named = t.origin ?? t;
    if (o.obj.pkg !== local || (t.typeArgs.length === 0 && t.typeParams.length > 0)) return false;
    // Interfaces that only constrain type parameters are not types gc compiles.
    const u = under(t);
    if (u.kind === 'Interface') return !computeTypeSet(u).isConstraint;
    return true;
  }
  if (t.kind === 'Struct') return t.fields.some((f) => f.embedded);
  if (t.kind === 'Interface') return t.allMethods.length > 0 && t.isConstraint !== true;
  return false;
}
