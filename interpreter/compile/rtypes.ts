// Run-time type descriptors in the generated program: one JS constant per distinct Go type the
// code needs (runtime/typedesc.ts builds it), emitted into the program's prelude in dependency
// order. Named types are created first and completed after their underlying type, so recursive
// types work.
import type { Type, Named, Signature } from '../types/types.js';

export interface TypeEmitter {
  /** Statements for the prelude, in order. */
  readonly decls: string[];
  /** The JS name of the descriptor of t (already substituted: no type parameters). */
  ref(t: Type): string;
}

let namedIds = new WeakMap<Named, number>();
let nextNamed = 1;

function namedId(n: Named): number {
  let id = namedIds.get(n);
  if (id === undefined) {
    id = nextNamed++;
    namedIds.set(n, id);
  }
  return id;
}

/** A key equal for identical types. */
export function typeKey(t: Type): string {
  switch (t.kind) {
    case 'Basic':
      return t.name;
    case 'Pointer':
      return `*${typeKey(t.elem)}`;
    case 'Slice':
      return `[]${typeKey(t.elem)}`;
    case 'Array':
      return `[${t.len}]${typeKey(t.elem)}`;
    case 'Map':
      return `map[${typeKey(t.key)}]${typeKey(t.elem)}`;
    case 'Chan':
      return `chan(${t.dir})${typeKey(t.elem)}`;
    case 'Struct':
      return `struct{${t.fields.map((f, i) => `${f.embedded ? '~' : ''}${f.name}@${f.pkg} ${typeKey(f.type)} ${JSON.stringify(t.tags[i] ?? '')}`).join(';')}}`;
    case 'Tuple':
      return `(${t.vars.map((v) => typeKey(v.type)).join(',')})`;
    case 'Signature':
      return `func${typeKey(t.params)}${t.variadic ? '...' : ''}${typeKey(t.results)}`;
    case 'Interface':
      return `interface{${t.allMethods.map((m) => `${m.name}@${/^[A-Z]/.test(m.name) ? '' : m.pkg}${typeKey(m.type)}`).join(';')}}`;
    case 'Named':
      if (t.origin !== null) return `N${namedId(t.origin)}[${t.typeArgs.map(typeKey).join(',')}]`;
      return `N${namedId(t)}`;
    case 'TypeParam':
      return `P${t.obj.name}`;
    case 'Union':
      return 'union';
  }
}

export class RTypes implements TypeEmitter {
  readonly decls: string[] = [];
  private readonly names = new Map<string, string>();
  private n = 0;
  /** Named types whose method tables must be filled (key -> [descriptor name, type]). */
  readonly named = new Map<string, [string, Named]>();

  /** Types declared inside functions, numbered in source order across the package (from 1): gc
   *  writes the number after the name (`main.local·1`) where such a type is a type argument. */
  readonly localTypeGen = new Map<Named['obj'], number>();

  constructor(private readonly subst: (t: Type) => Type = (t) => t) {}

  /** A JS expression for type argument a as it appears in an instance's name. */
  private argText(a: Type): string {
    switch (a.kind) {
      case 'Named': {
        const gen = a.origin === null ? this.localTypeGen.get(a.obj) : undefined;
        // Go strings are held as their UTF-8 bytes: "·" is C2 B7.
        return gen === undefined ? `${this.ref(a)}.string` : `(${this.ref(a)}.string + "\\xc2\\xb7${gen}")`;
      }
      case 'Pointer':
        return `("*" + ${this.argText(a.elem)})`;
      case 'Slice':
        return `("[]" + ${this.argText(a.elem)})`;
      case 'Array':
        return `("[${a.len}]" + ${this.argText(a.elem)})`;
      case 'Map':
        return `("map[" + ${this.argText(a.key)} + "]" + ${this.argText(a.elem)})`;
      default:
        return `${this.ref(a)}.string`;
    }
  }

  ref(t0: Type): string {
    const t = this.subst(t0);
    const key = typeKey(t);
    const have = this.names.get(key);
    if (have !== undefined) return have;
    const name = `$T${this.n++}`;
    switch (t.kind) {
      case 'Basic': {
        const b = t.name === 'unsafe.Pointer' ? 'unsafePointer' : t.name.startsWith('untyped') ? untypedDefault(t.name) : t.name;
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.types.${b};`);
        return name;
      }
      case 'Named': {
        this.names.set(key, name);
        const pkg = t.obj.pkg;
        if (pkg === '' && t.obj.name === 'error') {
          this.decls.push(`const ${name} = $.errorType;`);
          return name;
        }
        let str = `${JSON.stringify(pkg === '' ? t.obj.name : `${pkg.slice(pkg.lastIndexOf('/') + 1)}.${t.obj.name}`)}`;
        if (t.typeArgs.length > 0) {
          const args = t.typeArgs.map((a) => this.argText(a));
          str = `${str} + "[" + ${args.join(' + "," + ')} + "]"`;
        }
        this.decls.push(`const ${name} = $.namedType(${JSON.stringify(pkg)}, ${JSON.stringify(t.obj.name)}, ${str});`);
        const u = this.ref(t.underlying);
        this.decls.push(`$.setUnderlying(${name}, ${u});`);
        this.named.set(key, [name, t]);
        return name;
      }
      case 'Pointer': {
        const e = this.ref(t.elem);
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.ptrTo(${e});`);
        return name;
      }
      case 'Slice': {
        const e = this.ref(t.elem);
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.sliceOf(${e});`);
        return name;
      }
      case 'Array': {
        const e = this.ref(t.elem);
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.arrayOf(${e}, ${t.len});`);
        return name;
      }
      case 'Map': {
        const k = this.ref(t.key);
        const e = this.ref(t.elem);
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.mapOf(${k}, ${e});`);
        return name;
      }
      case 'Chan': {
        const e = this.ref(t.elem);
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.chanOf(${JSON.stringify(t.dir)}, ${e});`);
        return name;
      }
      case 'Signature': {
        const ps = t.params.vars.map((v) => this.ref(v.type));
        const rs = t.results.vars.map((v) => this.ref(v.type));
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.funcOf([${ps.join(', ')}], [${rs.join(', ')}], ${t.variadic});`);
        return name;
      }
      case 'Struct': {
        const fs = t.fields.map((f, i) => {
          const ft = this.ref(f.type);
          const tag = t.tags[i] ?? '';
          return `{ name: ${JSON.stringify(f.name)}, type: ${ft}, embedded: ${!!f.embedded}, tag: ${JSON.stringify(tag)}, pkg: ${JSON.stringify(/^[A-Z]/.test(f.name) ? '' : f.pkg)} }`;
        });
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.structOf([${fs.join(', ')}]);`);
        return name;
      }
      case 'Interface': {
        const ms = t.allMethods.map((m) => `{ name: ${JSON.stringify(m.name)}, type: ${this.ref(sigNoRecv(m.type))} }`);
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.interfaceOf([${ms.join(', ')}]);`);
        return name;
      }
      case 'Tuple':
      case 'TypeParam':
      case 'Union':
        this.names.set(key, name);
        this.decls.push(`const ${name} = $.anyType;`);
        return name;
    }
  }
}

export function sigNoRecv(s: Signature): Signature {
  return s.recv === null ? s : { ...s, recv: null };
}

function untypedDefault(n: string): string {
  switch (n) {
    case 'untyped bool': return 'bool';
    case 'untyped int': return 'int';
    case 'untyped rune': return 'int32';
    case 'untyped float': return 'float64';
    case 'untyped complex': return 'complex128';
    case 'untyped string': return 'string';
    default: return 'unsafePointer';
  }
}
