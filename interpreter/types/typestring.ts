// Types printed as gc prints them in messages (cf. types2 typestring.go): `[]string`,
// `map[string]int`, `func(x int) string`, `struct{a int}`, `*T`, `main.T` when qualified.
import { anyType, comparableType } from './universe.js';
import type { Signature, Tuple, Type } from './types.js';
import { quoteGo } from './constant.js';

/** How to print a package-level type's package: returns the prefix name (without the dot), or ""
 *  to print the name unqualified. */
export type Qualifier = (pkgPath: string) => string;

/** The package name of an import path (the last element). */
export function pkgNameOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i < 0 ? path : path.slice(i + 1);
}

/** Qualifies every package (as `%T` does: `main.T`). */
export const qualifyAll: Qualifier = (p) => pkgNameOf(p);

/** Type literals declared by an alias (`type Strs = []string`) print with the alias's name, as
 *  Go 1.23 prints alias types; keyed by the type object the declaration created. */
const aliasNames = new WeakMap<Type, { name: string; pkg: string }>();
export function setAliasName(t: Type, name: string, pkg: string): void {
  aliasNames.set(t, { name, pkg });
}

export function typeString(t: Type, q: Qualifier = qualifyAll): string {
  const w = new TypeWriter(q);
  w.typ(t);
  return w.out;
}

/** `paramNames` false writes types only, as gc's method-mismatch notes do (`have M(string) int`). */
export function signatureString(s: Signature, q: Qualifier = qualifyAll, paramNames = true): string {
  const w = new TypeWriter(q, paramNames);
  w.signature(s);
  return w.out;
}

export function tupleString(t: Tuple, variadic: boolean, q: Qualifier = qualifyAll): string {
  const w = new TypeWriter(q);
  w.tuple(t, variadic);
  return w.out;
}

class TypeWriter {
  out = '';
  private seen = new Set<Type>();
  constructor(
    private readonly q: Qualifier,
    private readonly paramNames = true,
  ) {}

  typ(t: Type): void {
    const alias = aliasNames.get(t);
    if (alias) {
      const p = alias.pkg ? this.q(alias.pkg) : '';
      this.out += (p ? p + '.' : '') + alias.name;
      return;
    }
    if (this.seen.has(t)) {
      // A cycle through unnamed types cannot happen in valid programs; print something finite.
      this.out += '○';
      return;
    }
    switch (t.kind) {
      case 'Basic':
        this.out += t.alias ?? t.name;
        return;
      case 'Array':
        this.out += `[${t.len}]`;
        this.typ(t.elem);
        return;
      case 'Slice':
        this.out += '[]';
        this.typ(t.elem);
        return;
      case 'Pointer':
        this.out += '*';
        this.typ(t.elem);
        return;
      case 'Map':
        this.out += 'map[';
        this.typ(t.key);
        this.out += ']';
        this.typ(t.elem);
        return;
      case 'Chan': {
        let parens = false;
        if (t.dir === 'SEND') this.out += 'chan<- ';
        else if (t.dir === 'RECV') this.out += '<-chan ';
        else {
          this.out += 'chan ';
          parens = t.elem.kind === 'Chan' && t.elem.dir === 'RECV';
        }
        if (parens) this.out += '(';
        this.typ(t.elem);
        if (parens) this.out += ')';
        return;
      }
      case 'Struct': {
        this.seen.add(t);
        this.out += 'struct{';
        t.fields.forEach((f, i) => {
          if (i > 0) this.out += '; ';
          if (!f.embedded) this.out += f.name + ' ';
          this.typ(f.type);
          const tag = t.tags[i];
          if (tag) this.out += ' ' + quoteGo(tag);
        });
        this.out += '}';
        this.seen.delete(t);
        return;
      }
      case 'Tuple':
        this.tuple(t, false);
        return;
      case 'Signature':
        this.out += 'func';
        this.signature(t);
        return;
      case 'Union':
        t.terms.forEach((term, i) => {
          if (i > 0) this.out += ' | ';
          if (term.tilde) this.out += '~';
          this.typ(term.type);
        });
        return;
      case 'Interface': {
        if (t === anyType) { this.out += 'any'; return; }
        if (t === comparableType.underlying) { this.out += 'interface{comparable}'; return; }
        if (t.implicit && t.methods.length === 0 && t.embeddeds.length === 1) {
          this.typ(t.embeddeds[0]!);
          return;
        }
        this.seen.add(t);
        this.out += 'interface{';
        let first = true;
        for (const m of t.methods) {
          if (!first) this.out += '; ';
          first = false;
          this.out += m.name;
          this.signature(m.type);
        }
        for (const e of t.embeddeds) {
          if (!first) this.out += '; ';
          first = false;
          this.typ(e);
        }
        this.out += '}';
        this.seen.delete(t);
        return;
      }
      case 'Named': {
        const pkg = t.obj.pkg;
        if (pkg !== '') {
          const p = this.q(pkg);
          if (p) this.out += p + '.';
        }
        this.out += t.obj.name;
        if (t.typeArgs.length > 0) {
          this.out += '[';
          t.typeArgs.forEach((a, i) => {
            if (i > 0) this.out += ', ';
            this.typ(a);
          });
          this.out += ']';
        }
        return;
      }
      case 'TypeParam':
        this.out += t.obj.name;
        return;
    }
  }

  tuple(t: Tuple, variadic: boolean): void {
    this.out += '(';
    t.vars.forEach((v, i) => {
      if (i > 0) this.out += ', ';
      if (v.name !== '' && this.paramNames) this.out += v.name + ' ';
      if (variadic && i === t.vars.length - 1 && v.type.kind === 'Slice') {
        this.out += '...';
        this.typ(v.type.elem);
      } else {
        this.typ(v.type);
      }
    });
    this.out += ')';
  }

  signature(s: Signature): void {
    if (s.typeParams.length > 0) {
      this.out += '[';
      s.typeParams.forEach((tp, i) => {
        if (i > 0) this.out += ', ';
        this.out += tp.obj.name + ' ';
        this.typ(tp.constraint);
      });
      this.out += ']';
    }
    this.tuple(s.params, s.variadic);
    const n = s.results.vars.length;
    if (n === 0) return;
    this.out += ' ';
    if (n === 1 && s.results.vars[0]!.name === '') {
      this.typ(s.results.vars[0]!.type);
      return;
    }
    this.tuple(s.results, false);
  }
}
