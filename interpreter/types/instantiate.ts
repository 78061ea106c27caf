// Instantiation of generic types and functions (cf. types2 instantiate.go, subst.go): substituting
// type arguments for type parameters, and checking that type arguments satisfy their constraints.
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { missingMethod, isInterfacePtr } from './lookup.js';
import { comparable, identical, under } from './predicates.js';
import { computeTypeSet } from './typeset.js';
import { signatureString } from './typestring.js';
import type { Func, Interface, Named, Signature, Term, Tuple, Type, TypeParam, Var } from './types.js';

export type SubstMap = Map<TypeParam, Type>;

export function makeSubstMap(tparams: readonly TypeParam[], targs: readonly Type[]): SubstMap {
  const m: SubstMap = new Map();
  tparams.forEach((p, i) => {
    const a = targs[i];
    if (a) m.set(p, a);
  });
  return m;
}

/** t with type parameters replaced per m (unchanged parts are shared). */
export function subst(t: Type, m: SubstMap): Type {
  if (m.size === 0) return t;
  switch (t.kind) {
    case 'Basic': return t;
    case 'TypeParam': return m.get(t) ?? t;
    case 'Pointer': { const e = subst(t.elem, m); return e === t.elem ? t : { kind: 'Pointer', elem: e }; }
    case 'Slice': { const e = subst(t.elem, m); return e === t.elem ? t : { kind: 'Slice', elem: e }; }
    case 'Array': { const e = subst(t.elem, m); return e === t.elem ? t : { kind: 'Array', len: t.len, elem: e }; }
    case 'Chan': { const e = subst(t.elem, m); return e === t.elem ? t : { kind: 'Chan', dir: t.dir, elem: e }; }
    case 'Map': {
      const k = subst(t.key, m), e = subst(t.elem, m);
      return k === t.key && e === t.elem ? t : { kind: 'Map', key: k, elem: e };
    }
    case 'Struct': {
      let changed = false;
      const fields = t.fields.map((f) => {
        const ft = subst(f.type, m);
        if (ft === f.type) return f;
        changed = true;
        return { ...f, type: ft };
      });
      return changed ? { kind: 'Struct', fields, tags: t.tags } : t;
    }
    case 'Tuple': return substTuple(t, m);
    case 'Signature': return substSig(t, m);
    case 'Union': {
      let changed = false;
      const terms: Term[] = t.terms.map((x) => {
        const y = subst(x.type, m);
        if (y !== x.type) changed = true;
        return { tilde: x.tilde, type: y };
      });
      return changed ? { kind: 'Union', terms } : t;
    }
    case 'Interface': {
      let changed = false;
      const methods = t.methods.map((f) => {
        const s = substSig(f.type, m);
        if (s === f.type) return f;
        changed = true;
        return { ...f, type: s } as Func;
      });
      const embeddeds = t.embeddeds.map((e) => {
        const x = subst(e, m);
        if (x !== e) changed = true;
        return x;
      });
      if (!changed) return t;
      const i: Interface = { kind: 'Interface', methods, embeddeds, allMethods: [] };
      if (t.isComparable) (i as { isComparable?: boolean }).isComparable = true;
      if (t.implicit) i.implicit = true;
      i.allMethods = computeTypeSet(i).methods;
      return i;
    }
    case 'Named': {
      if (t.typeArgs.length === 0) return t;
      let changed = false;
      const args = t.typeArgs.map((a) => {
        const b = subst(a, m);
        if (b !== a) changed = true;
        return b;
      });
      return changed ? instantiateNamed(t.origin!, args) : t;
    }
  }
}

function substTuple(t: Tuple, m: SubstMap): Tuple {
  let changed = false;
  const vars = t.vars.map((v) => {
    const vt = subst(v.type, m);
    if (vt === v.type) return v;
    changed = true;
    return { ...v, type: vt } as Var;
  });
  return changed ? { kind: 'Tuple', vars } : t;
}

function substSig(s: Signature, m: SubstMap): Signature {
  const params = substTuple(s.params, m);
  const results = substTuple(s.results, m);
  // An interface method's receiver is the interface itself: substituting it would recurse.
  const recv = s.recv && s.recv.type.kind !== 'Interface' ? ({ ...s.recv, type: subst(s.recv.type, m) } as Var) : s.recv;
  if (params === s.params && results === s.results && (recv === null || recv.type === s.recv!.type)) return s;
  return { ...s, params, results, recv };
}

/** A signature with the given type parameters replaced by arguments (the result is not generic). */
export function substSignature(s: Signature, tparams: readonly TypeParam[], targs: readonly Type[]): Signature {
  const r = substSig(s, makeSubstMap(tparams, targs));
  return { ...r, typeParams: [] };
}

/** Instantiates a generic function signature. */
export function instantiateSignature(s: Signature, targs: readonly Type[]): Signature {
  return substSignature(s, s.typeParams, targs);
}

// Instances are shared per generic type and argument list, so identical instances are the same object.
const instances = new WeakMap<Named, Named[]>();

class NamedInstance implements Named {
  readonly kind = 'Named' as const;
  readonly methods: Func[] = [];
  readonly typeParams: readonly TypeParam[];
  private expanded: Type | null = null;
  constructor(readonly origin: Named, readonly typeArgs: readonly Type[]) {
    this.typeParams = origin.typeParams;
  }
  get obj() {
    return this.origin.obj;
  }
  get underlying(): Type {
    if (this.expanded) return this.expanded;
    const u = this.origin.underlying;
    if (u.kind === 'Basic' && u.name === 'invalid type') return u; // origin not yet resolved
    this.expanded = subst(u, makeSubstMap(this.origin.typeParams, this.typeArgs));
    return this.expanded;
  }
  set underlying(t: Type) {
    this.expanded = t;
  }
}

export function instantiateNamed(orig: Named, targs: readonly Type[]): Named {
  if (orig.origin) orig = orig.origin;
  // Instantiating with its own type parameters yields the generic type's "self" instance.
  let list = instances.get(orig);
  if (!list) {
    list = [];
    instances.set(orig, list);
  }
  for (const inst of list) {
    if (inst.typeArgs.length === targs.length && inst.typeArgs.every((a, i) => a === targs[i] || identical(a, targs[i]!))) return inst;
  }
  const inst = new NamedInstance(orig, targs);
  list.push(inst);
  return inst;
}

// ---------------------------------------------------------------------------------------------
// Constraint satisfaction

/** Checks each type argument against its constraint, reporting gc's message at the argument. */
export function verifyInstance(c: Checker, tparams: readonly TypeParam[], targs: readonly Type[], argExprs: readonly ast.Expr[] | null, name: string, pos?: number): boolean {
  void name;
  const m = makeSubstMap(tparams, targs);
  for (let i = 0; i < tparams.length && i < targs.length; i++) {
    const bound = subst(tparams[i]!.constraint, m);
    const cause = implementsCause(c, targs[i]!, bound, true);
    if (cause !== null) {
      const at = argExprs?.[i] ?? pos ?? -1;
      c.error(at as ast.Expr, cause);
      return false;
    }
  }
  return true;
}

/** null if V implements (or, for constraints, satisfies) T; else gc's explanation. */
export function implementsCause(c: Checker, V: Type, T: Type, constraint: boolean): string | null {
  const vu = under(V), tu = under(T);
  if ((vu.kind === 'Basic' && vu.name === 'invalid type') || (tu.kind === 'Basic' && tu.name === 'invalid type')) return null;
  const verb = constraint ? 'satisfy' : 'implement';
  if (tu.kind !== 'Interface') {
    const detail = isInterfacePtr(tu) ? `type ${c.t(T)} is pointer to interface, not interface` : `${c.t(T)} is not an interface`;
    return `${c.t(V)} does not ${verb} ${c.t(T)} (${detail})`;
  }
  const tset = computeTypeSet(tu);
  if (tset.methods.length === 0 && tset.terms === null && !tset.comparable) return null;
  if (vu.kind === 'Interface' && V.kind !== 'TypeParam') {
    const vs = computeTypeSet(vu);
    if (vs.terms !== null && vs.terms.length === 0) return null;
  }
  if (tset.terms !== null && tset.terms.length === 0) return `cannot ${verb} ${c.t(T)} (empty type set)`;
  const mm = missingMethod(V, T, true);
  if (mm.method) {
    return `${c.t(V)} does not ${verb} ${c.t(T)} ${missingCause(c, V, T, mm)}`;
  }
  const checkComparable = (): string | null => {
    if (!tset.comparable) return null;
    if (comparable(V, false)) return null;
    if (constraint && comparable(V, true)) return null;
    return `${c.t(V)} does not ${verb} comparable`;
  };
  if (tset.terms === null) return checkComparable();
  if (V.kind === 'TypeParam' || (vu.kind === 'Interface')) {
    const vs = V.kind === 'TypeParam' ? computeTypeSet(V.constraint) : computeTypeSet(vu);
    if (vs.terms === null || !vs.terms.every((t) => tset.terms!.some((u) => termIncludes(u, t.type) && (!t.tilde || u.tilde)))) {
      return `${c.t(V)} does not ${verb} ${c.t(T)}`;
    }
    return checkComparable();
  }
  if (!tset.terms.some((t) => termIncludes(t, V))) {
    const alt = tset.terms.find((t) => !t.tilde && identical(t.type, under(t.type)) && identical(t.type, under(V)));
    let detail: string;
    if (alt) detail = `possibly missing ~ for ${c.t(alt.type)} in ${c.t(T)}`;
    else detail = `${c.t(V)} missing in ${tset.terms.map((t) => (t.tilde ? '~' : '') + c.t(t.type)).join(' | ')}`;
    return `${c.t(V)} does not ${verb} ${c.t(T)} (${detail})`;
  }
  return checkComparable();
}

function termIncludes(t: Term, V: Type): boolean {
  return t.tilde ? identical(t.type, under(V)) : identical(t.type, V);
}

export function missingCause(c: Checker, V: Type, T: Type, mm: ReturnType<typeof missingMethod>): string {
  const m = mm.method!;
  switch (mm.state) {
    case 'notFound':
      if (isInterfacePtr(V)) return `(type ${c.t(V)} is pointer to interface, not interface)`;
      if (isInterfacePtr(T)) return `(type ${c.t(T)} is pointer to interface, not interface)`;
      return `(missing method ${m.name})`;
    case 'wrongName':
      return `(missing method ${m.name})\n\t\thave ${funcString(c, mm.have!)}\n\t\twant ${funcString(c, m)}`;
    case 'unexported':
      return `(unexported method ${m.name})`;
    case 'wrongSig': {
      const fs = funcString(c, mm.have!), ms = funcString(c, m);
      if (fs === ms) return `(wrong type for method ${m.name})`;
      return `(wrong type for method ${m.name})\n\t\thave ${fs}\n\t\twant ${ms}`;
    }
    case 'ambigSel':
      return `(ambiguous selector ${c.t(V)}.${m.name})`;
    case 'ptrRecv':
      return `(method ${m.name} has pointer receiver)`;
    case 'field':
      return `(${c.t(V)}.${m.name} is a field, not a method)`;
    default:
      return '';
  }
}

function funcString(c: Checker, f: Func): string {
  return f.name + signatureString(f.type, c.q, false);
}
