// Shape types: gc compiles each generic function once per shape of its type arguments, a shape
// being a type argument's underlying type named `go.shape.<link string>` (go.shape.int for int and
// for `type MyInt int`; go.shape.*uint8 for any pointer when the constraint has no type terms).
// Shapes are Named types here so that every type predicate sees through them to the underlying type.
import { computeTypeSet } from '../types/typeset.js';
import type { Named, Type, TypeName, TypeParam } from '../types/types.js';
import { Typ } from '../types/universe.js';
import { linkString } from './typetext.js';

const shapes = new WeakSet<Named>();

export function isShape(t: Type): boolean {
  return t.kind === 'Named' && shapes.has(t);
}

/** Whether t mentions a shape type (a type argument that depends on the enclosing shaped function). */
export function hasShape(t: Type, seen: Set<Type> = new Set()): boolean {
  if (seen.has(t)) return false;
  seen.add(t);
  switch (t.kind) {
    case 'Named': return shapes.has(t) || t.typeArgs.some((a) => hasShape(a, seen));
    case 'Pointer': case 'Slice': case 'Array': case 'Chan': return hasShape(t.elem, seen);
    case 'Map': return hasShape(t.key, seen) || hasShape(t.elem, seen);
    case 'Struct': return t.fields.some((f) => hasShape(f.type, seen));
    case 'Tuple': return t.vars.some((v) => hasShape(v.type, seen));
    case 'Signature': return hasShape(t.params, seen) || hasShape(t.results, seen);
    case 'Interface': return t.allMethods.some((m) => hasShape(m.type, seen));
    default: return false;
  }
}

/** Whether a type parameter's constraint is a basic interface (methods only, no type terms). */
export function basicConstraint(tp: TypeParam): boolean {
  return !computeTypeSet(tp.constraint).isConstraint;
}

/** The shape types of one analysis, one per link string. */
export class Shapes {
  private readonly byName = new Map<string, Named>();
  constructor(private readonly local: string) {}

  /** The shape of type argument t (cf. noder.shapify); `basic` for a basic-interface constraint. */
  of(t: Type, basic: boolean): Type {
    if (isShape(t)) return t;
    let u = t.kind === 'Named' ? t.underlying : t;
    if (basic && u.kind === 'Pointer') u = { kind: 'Pointer', elem: Typ.uint8 };
    const name = 'go.shape.' + linkString(u, this.local);
    let s = this.byName.get(name);
    if (s === undefined) {
      const obj = { kind: 'TypeName', name, pkg: '', pos: -1, type: Typ.invalid } as TypeName;
      s = { kind: 'Named', obj, underlying: u, methods: [], typeParams: [], origin: null, typeArgs: [] };
      (obj as { type: Type }).type = s;
      shapes.add(s);
      this.byName.set(name, s);
    }
    return s;
  }
}
