// How gc spells types: in messages (`[]int`, `struct { a int }`, `interface { M() }`, `any`,
// `Box[main.MyInt]`) and as link strings, the identity-preserving spelling its symbol names use
// (`struct { main.a int }`, `main.MyInt`, `uint8` for byte), which shape names (`go.shape.int`),
// instantiated names (`Sum[go.shape.int]`) and dictionary names (`.dict.Sum[int]`) are made of.
import { quoteGo } from '../types/constant.js';
import { isExportedName } from '../types/predicates.js';
import { pkgNameOf } from '../types/typestring.js';
import type { Func, Interface, Named, Signature, Struct, Type } from '../types/types.js';
import { anyType } from '../types/universe.js';
import { isShape } from './shapes.js';

type Mode = 'msg' | 'link';

/** The number gc gives each type declared inside a function, in source order across the package. */
export const localTypeGen = new WeakMap<object, number>();

/** U+00B7 as the bytes of its UTF-8 encoding (messages are byte strings). */
const middleDot = '\xc2\xb7';

/** t as gc prints it in a diagnostic of package `local`. */
export function msgTypeString(t: Type, local: string): string {
  return new Printer('msg', local).typ(t);
}

/** t's link string (cf. types.LinkString): unique per type identity. */
export function linkString(t: Type, local: string): string {
  return new Printer('link', local).typ(t);
}

class Printer {
  private readonly seen = new Set<Type>();
  constructor(
    private readonly mode: Mode,
    private readonly local: string,
  ) {}

  private qual(pkg: string): string {
    if (pkg === '') return '';
    if (this.mode === 'link') return pkg + '.';
    return pkg === this.local ? '' : pkgNameOf(pkg) + '.';
  }

  typ(t: Type): string {
    if (this.seen.has(t)) return '@';
    switch (t.kind) {
      case 'Basic':
        if (t.alias === 'byte' || t.alias === 'rune') return this.mode === 'link' ? t.name : t.alias;
        return t.name;
      case 'Pointer': return '*' + this.typ(t.elem);
      case 'Slice': return '[]' + this.typ(t.elem);
      case 'Array': return `[${t.len}]` + this.typ(t.elem);
      case 'Map': return `map[${this.typ(t.key)}]${this.typ(t.elem)}`;
      case 'Chan':
        if (t.dir === 'SEND') return 'chan<- ' + this.typ(t.elem);
        if (t.dir === 'RECV') return '<-chan ' + this.typ(t.elem);
        if (t.elem.kind === 'Chan' && t.elem.dir === 'RECV') return `chan (${this.typ(t.elem)})`;
        return 'chan ' + this.typ(t.elem);
      case 'Named': return this.named(t);
      case 'Struct': return this.nested(t, () => this.struct(t));
      case 'Interface': return this.nested(t, () => this.iface(t));
      case 'Signature': return this.nested(t, () => 'func' + this.sig(t));
      case 'TypeParam': return t.obj.name;
      case 'Tuple': return t.vars.map((v) => this.typ(v.type)).join(',');
      case 'Union': return t.terms.map((x) => (x.tilde ? '~' : '') + this.typ(x.type)).join(' | ');
    }
  }

  private nested(t: Type, f: () => string): string {
    this.seen.add(t);
    try {
      return f();
    } finally {
      this.seen.delete(t);
    }
  }

  private named(t: Named): string {
    if (isShape(t)) return t.obj.name;
    if (t.obj.pkg === '' && t.obj.name === 'error') return 'error';
    let s = this.qual(t.obj.pkg) + t.obj.name;
    // Types declared in functions carry their number in link strings (main.T·1).
    const gen = localTypeGen.get((t.origin ?? t).obj);
    if (gen !== undefined && this.mode === 'link') s += `${middleDot}${gen}`;
    // Instances are named by their type arguments' link strings, whatever the mode.
    if (t.typeArgs.length > 0) s += `[${t.typeArgs.map((a) => linkString(a, this.local)).join(',')}]`;
    return s;
  }

  private struct(t: Struct): string {
    if (t.fields.length === 0) return 'struct {}';
    const fields = t.fields.map((f, i) => {
      let s = '';
      if (f.embedded) {
        // The field is named by the type unless that is a predeclared one (its name is then local).
        const b = f.type.kind === 'Pointer' ? f.type.elem : f.type;
        const predeclared = b.kind === 'Basic' || (b.kind === 'Named' && b.obj.pkg === '');
        if (this.mode === 'link' && (predeclared || embeddedName(f.type) !== f.name)) s = this.qual(f.pkg) + f.name + ' = ';
      } else {
        s = this.fieldName(f.name, f.pkg) + ' ';
      }
      s += this.typ(f.type);
      const tag = t.tags[i];
      if (tag) s += ' ' + quoteGo(tag);
      return s;
    });
    return `struct { ${fields.join('; ')} }`;
  }

  /** Unexported field and method names carry their package (the local one only in link strings). */
  private fieldName(name: string, pkg: string): string {
    return isExportedName(name) ? name : this.qual(pkg) + name;
  }

  private iface(t: Interface): string {
    if (t === anyType) return this.mode === 'link' ? 'interface {}' : 'any';
    const ms = [...t.allMethods].sort(methodOrder);
    if (ms.length === 0) return 'interface {}';
    // Unexported method names are always package-qualified, in messages too.
    const one = (m: Func): string => (isExportedName(m.name) ? m.name : (m.pkg === '' ? '' : m.pkg + '.') + m.name) + this.sig(m.type);
    return `interface { ${ms.map(one).join('; ')} }`;
  }

  private sig(s: Signature): string {
    const ps = s.params.vars.map((v, i) => {
      if (s.variadic && i === s.params.vars.length - 1 && v.type.kind === 'Slice') return '...' + this.typ(v.type.elem);
      return this.typ(v.type);
    });
    let out = `(${ps.join(', ')})`;
    const rs = s.results.vars;
    if (rs.length === 1) out += ' ' + this.typ(rs[0]!.type);
    else if (rs.length > 1) out += ` (${rs.map((v) => this.typ(v.type)).join(', ')})`;
    return out;
  }
}

/** The field name an embedded type gets: its type name, through one pointer. */
function embeddedName(t: Type): string {
  const b = t.kind === 'Pointer' ? t.elem : t;
  if (b.kind === 'Named') return b.obj.name;
  if (b.kind === 'Basic') return b.alias ?? b.name;
  return '';
}

/** gc's method order: exported names first, then by name. */
function methodOrder(a: Func, b: Func): number {
  const ea = isExportedName(a.name), eb = isExportedName(b.name);
  if (ea !== eb) return ea ? -1 : 1;
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}
