// Interface type sets (Go spec: Interface types): the method set, the type terms (null when the
// set is "all types") and comparability; computed once per interface and cached.
import type { Func, Interface, Term, Type } from './types.js';
import { identical, under } from './predicates.js';

export interface TypeSet {
  /** All methods, own and embedded, sorted by name. */
  readonly methods: readonly Func[];
  /** The type terms, or null for "all types" (no type restrictions). Empty means the empty set. */
  readonly terms: readonly Term[] | null;
  /** True if `comparable` is part of the set. */
  readonly comparable: boolean;
  isComparableSet(dynamic: boolean): boolean;
  /** True if the set is restricted to types (type terms or comparable): a constraint-only interface. */
  readonly isConstraint: boolean;
}

const cache = new WeakMap<Type, TypeSet>();

const allTypes: TypeSet = {
  methods: [], terms: null, comparable: false, isConstraint: false,
  isComparableSet: () => false,
};

/** The type set of a constraint or interface type (a Named interface, an Interface, or a Union/
 *  single type as written in a constraint position). */
export function computeTypeSet(t: Type): TypeSet {
  const hit = cache.get(t);
  if (hit) return hit;
  // Guard against cycles (invalid recursive interfaces): a provisional empty answer.
  cache.set(t, allTypes);
  incomplete = false;
  const ts = compute(t);
  // A set computed while an embedded type was still being declared is not final: do not keep it.
  if (incomplete) cache.delete(t);
  else cache.set(t, ts);
  return ts;
}

let incomplete = false;

function compute(t: Type): TypeSet {
  const u = under(t);
  if (u.kind === 'Union') {
    return makeSet([], unionTerms(u.terms), false);
  }
  if (u.kind !== 'Interface') {
    // A single type used as a constraint term.
    return makeSet([], [{ tilde: false, type: t }], false);
  }
  const methods = new Map<string, Func>();
  for (const m of u.methods) methods.set(m.name, m);
  let terms: Term[] | null = null;
  let comparable = !!u.isComparable;
  for (const e of u.embeddeds) {
    const eu = under(e);
    if (eu.kind === 'Basic' && eu.name === 'invalid type') {
      if (e.kind === 'Named') incomplete = true;
      continue;
    }
    let es: TypeSet;
    if (eu.kind === 'Interface') es = computeTypeSet(eu);
    else if (eu.kind === 'Union') es = makeSet([], unionTerms(eu.terms), false);
    else es = makeSet([], [{ tilde: false, type: e }], false);
    for (const m of es.methods) if (!methods.has(m.name)) methods.set(m.name, m);
    if (es.comparable) comparable = true;
    if (es.terms !== null) terms = terms === null ? [...es.terms] : intersect(terms, es.terms);
  }
  const sorted = [...methods.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return makeSet(sorted, terms, comparable);
}

/** The terms of a union; null when one of its elements allows all types. */
function unionTerms(terms: readonly Term[]): Term[] | null {
  const out: Term[] = [];
  for (const t of terms) {
    const u = under(t.type);
    if (u.kind === 'Interface') {
      const s = computeTypeSet(u);
      if (s.terms === null) return null;
      for (const x of s.terms) addTerm(out, x);
    } else {
      addTerm(out, t);
    }
  }
  return out;
}

function addTerm(list: Term[], t: Term): void {
  for (let i = 0; i < list.length; i++) {
    const x = list[i]!;
    if (x.tilde && identical(x.type, under(t.type))) return;
    if (!x.tilde && !t.tilde && identical(x.type, t.type)) return;
    if (t.tilde && !x.tilde && identical(t.type, under(x.type))) { list[i] = t; return; }
  }
  list.push(t);
}

function intersectTerm(x: Term, y: Term): Term | null {
  if (x.tilde && y.tilde) return identical(x.type, y.type) ? x : null;
  if (x.tilde) return identical(x.type, under(y.type)) ? y : null;
  if (y.tilde) return identical(y.type, under(x.type)) ? x : null;
  return identical(x.type, y.type) ? x : null;
}

function intersect(a: readonly Term[], b: readonly Term[]): Term[] {
  const out: Term[] = [];
  for (const x of a) for (const y of b) {
    const z = intersectTerm(x, y);
    if (z) addTerm(out, z);
  }
  return out;
}

function makeSet(methods: readonly Func[], terms: readonly Term[] | null, comparable: boolean): TypeSet {
  return {
    methods, terms, comparable,
    isConstraint: terms !== null || comparable,
    isComparableSet(dynamic: boolean): boolean {
      if (terms === null) return comparable;
      if (comparable) return true;
      return terms.length > 0 && terms.every((t) => comparableTerm(t.type, dynamic));
    },
  };
}

// Imported lazily to keep the module graph acyclic at load time.
import { comparable as comparableType } from './predicates.js';
function comparableTerm(t: Type, dynamic: boolean): boolean {
  return comparableType(t, dynamic);
}

/** Whether type t is in the term list (respecting ~). */
export function termsInclude(terms: readonly Term[], t: Type): boolean {
  return terms.some((x) => (x.tilde ? identical(x.type, under(t)) : identical(x.type, t)));
}

export function interfaceMethods(i: Interface): readonly Func[] {
  return computeTypeSet(i).methods;
}
