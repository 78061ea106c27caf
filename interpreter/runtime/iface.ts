// Interface values: nil is null, anything else an Iface holding the dynamic type's descriptor and
// the value. Conversions, assertions (with Go's exact `interface conversion` texts) and method calls.
import { funcOf, types, type TypeDesc } from './typedesc.js';
import type { RMethod } from './rtype.js';
import { typeAssertionError, nilDeref } from './errors.js';

export class Iface {
  constructor(
    readonly type: TypeDesc,
    readonly value: unknown,
  ) {}
}

/** The first method of interface it that dynamic type t lacks (by name and signature, as Go's
 *  itab check), or '' when t implements it. */
export function implementsIface(t: TypeDesc, it: TypeDesc): string {
  for (const name of it.imethods) {
    const m = t.methods.get(name);
    if (m === undefined || (m.sig !== null && m.sig !== it.isigs.get(name))) return name;
  }
  return '';
}

/** The signature of Error, String and GoString: func() string. */
export const stringMethodSig = funcOf([], [types.string], false);

/** t's method `name` when its signature passes `fits` (or was not recorded): what an assertion to
 *  a one-method interface finds, for library code that looks methods up by name. */
export function methodWhere(t: TypeDesc, name: string, fits: (sig: TypeDesc) => boolean): RMethod | undefined {
  const m = t.methods.get(name);
  return m !== undefined && (m.sig === null || fits(m.sig as TypeDesc)) ? m : undefined;
}

/** t's Error() string or String() string method (fmt's and the panic printer's order). */
export function textMethod(t: TypeDesc, name: 'Error' | 'String' | 'GoString'): RMethod | undefined {
  return methodWhere(t, name, (sig) => sig === stringMethodSig);
}

/** x.(T) for a concrete T; `from` is x's static interface type. Panics with Go's text. */
export function assertConcrete(x: Iface | null, t: TypeDesc, from: TypeDesc): unknown {
  if (x !== null && x.type === t) return x.value;
  throw typeAssertionError(from, x === null ? null : x.type, t, '');
}

/** x.(I) for an interface I. */
export function assertIface(x: Iface | null, it: TypeDesc, from: TypeDesc): Iface {
  // Go reports a nil source without its static type here ("interface is nil, not io.Writer").
  if (x === null) throw typeAssertionError(null, null, it, '');
  const missing = implementsIface(x.type, it);
  if (missing !== '') throw typeAssertionError(from, x.type, it, missing);
  return x;
}

/** Comma-ok forms: [value, ok]. */
export function assertConcreteOk(x: Iface | null, t: TypeDesc): [unknown, boolean] {
  if (x !== null && x.type === t) return [x.value, true];
  return [t.zero(), false];
}
export function assertIfaceOk(x: Iface | null, it: TypeDesc): [Iface | null, boolean] {
  if (x !== null && implementsIface(x.type, it) === '') return [x, true];
  return [null, false];
}

/** The method `name` of interface value x, for a call m(x.value, ...args); nil x panics. */
export function imethod(x: Iface | null, name: string): (...args: any[]) => any {
  if (x === null) throw nilDeref();
  return x.type.m[name]!;
}

/** A method value x.M bound to the interface's current dynamic value. */
export function ibind(x: Iface | null, name: string): (...args: any[]) => any {
  if (x === null) throw nilDeref();
  const f = x.type.m[name]!;
  const v = x.value;
  const g = x.type.methods.get(name)!.gen
    ? function* (...args: unknown[]) {
        return yield* f(v, ...args);
      }
    : (...args: unknown[]) => f(v, ...args);
  return g;
}
