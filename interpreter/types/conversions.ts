// Conversions (Go spec: Conversions; cf. types2 conversions.go): constant conversions with
// representability, and the convertibility rules for non-constant values.
import type { Checker } from './check.js';
import { makeString, runeToUTF8, toInt } from './constant.js';
import { updateExprType } from './expr.js';
import type { Operand } from './operand.js';
import { assignableTo } from './assignments.js';
import { identicalIgnoreTags, defaultType, identical, isConstType, isInteger, isNonTypeParamInterface, isNumeric, isString, isUntyped, under } from './predicates.js';
import { representableConst } from './representable.js';
import { computeTypeSet } from './typeset.js';
import type { Type } from './types.js';
import { Typ } from './universe.js';
import { constString } from './constant.js';

export function conversion(c: Checker, x: Operand, T: Type): void {
  const constArg = x.mode === 'constant';
  const constConvertible = (t: Type): boolean => {
    const u = under(t);
    if (u.kind !== 'Basic' || !x.val) return false;
    const v = representableConst(x.val, u);
    if (v !== null) {
      x.val = v;
      return true;
    }
    if (isInteger(x.type) && isString(u)) {
      const i = toInt(x.val);
      let cp = 0xfffd;
      if (i.kind === 'int' && i.value >= 0n && i.value <= 0x10ffffn) cp = Number(i.value);
      x.val = makeString(runeToUTF8(cp));
      return true;
    }
    return false;
  };
  let ok = false;
  let cause = '';
  if (constArg && isConstType(T)) {
    const before = x.val;
    ok = constConvertible(T);
    if (!ok && isInteger(x.type) && isInteger(T)) {
      c.error(x, `constant ${constString(before!)} overflows ${c.t(T)}`);
      x.mode = 'invalid';
      return;
    }
  } else if (constArg && T.kind === 'TypeParam') {
    const ts = computeTypeSet(T.constraint);
    ok = ts.terms !== null && ts.terms.length > 0 && ts.terms.every((t) => {
      if (!isConstType(t.type)) return convertibleTo(c, x, t.type).ok;
      const saved = x.val;
      const r = constConvertible(t.type);
      x.val = saved;
      if (!r) cause = `cannot convert ${c.op(x)} to type ${c.t(t.type)} (in ${c.t(T)})`;
      return r;
    });
    x.mode = 'value';
  } else {
    const r = convertibleTo(c, x, T);
    ok = r.ok;
    cause = r.cause;
    if (ok) x.mode = 'value';
  }
  if (!ok) {
    c.error(x, cause ? `cannot convert ${c.op(x)} to type ${c.t(T)}: ${cause}` : `cannot convert ${c.op(x)} to type ${c.t(T)}`);
    x.mode = 'invalid';
    return;
  }
  if (isUntyped(x.type)) {
    let final: Type = T;
    if (x.type === Typ.untypedNil) {
      // keep T
    } else if (isNonTypeParamInterface(T) || (constArg && !isConstType(T))) {
      final = defaultType(x.type);
    } else if (x.mode === 'constant' && isInteger(x.type) && isString(T)) {
      final = x.type;
    }
    if (x.expr) updateExprType(c, x.expr, final, true);
  }
  if (x.mode !== 'constant') x.val = null;
  x.type = T;
}

/** Whether a non-constant x can be converted to T (cf. types2 convertibleTo). */
export function convertibleTo(c: Checker, x: Operand, T: Type): { ok: boolean; cause: string } {
  const a = assignableTo(c, x, T);
  if (a.ok) return { ok: true, cause: '' };
  const acause = a.cause;
  const V = x.type;
  const Vu = under(V), Tu = under(T);
  const Vp = V.kind === 'TypeParam' ? V : null, Tp = T.kind === 'TypeParam' ? T : null;
  if (identicalIgnoreTags(Vu, Tu) && !Vp && !Tp) return { ok: true, cause: '' };
  if (V.kind === 'Pointer' && T.kind === 'Pointer' && identicalIgnoreTags(under(V.elem), under(T.elem)) && V.elem.kind !== 'TypeParam' && T.elem.kind !== 'TypeParam') {
    return { ok: true, cause: '' };
  }
  if (Vu.kind === 'Pointer' && Tu.kind === 'Pointer' && V.kind !== 'Named' && T.kind !== 'Named' && identicalIgnoreTags(under(Vu.elem), under(Tu.elem))) {
    return { ok: true, cause: '' };
  }
  if (isNumeric(Vu) && isNumeric(Tu) && !Vp && !Tp) return { ok: true, cause: '' };
  if (!Vp && !Tp) {
    if (isString(Tu) && (isInteger(Vu) || isBytesOrRunes(Vu))) return { ok: true, cause: '' };
    if (isString(Vu) && isBytesOrRunes(Tu)) return { ok: true, cause: '' };
    if (Vu.kind === 'Slice') {
      if (Tu.kind === 'Array' && identical(Vu.elem, Tu.elem)) return { ok: true, cause: '' };
      if (Tu.kind === 'Pointer') {
        const a = under(Tu.elem);
        if (a.kind === 'Array' && identical(Vu.elem, a.elem)) return { ok: true, cause: '' };
      }
    }
    return { ok: false, cause: acause };
  }
  // Type parameters: every pair of specific types must be convertible.
  const termsOf = (t: Type): Type[] | null => {
    if (t.kind !== 'TypeParam') return [t];
    const ts = computeTypeSet(t.constraint);
    return ts.terms === null || ts.terms.length === 0 ? null : ts.terms.map((x) => x.type);
  };
  const vs = termsOf(V), ts = termsOf(T);
  if (!vs || !ts) return { ok: false, cause: '' };
  for (const v of vs) for (const t of ts) {
    const y: Operand = { ...x, type: v };
    if (!convertibleTo(c, y, t).ok) {
      if (Vp && Tp) return { ok: false, cause: `cannot convert ${c.t(v)} (in ${c.t(V)}) to type ${c.t(t)} (in ${c.t(T)})` };
      if (Vp) return { ok: false, cause: `cannot convert ${c.t(v)} (in ${c.t(V)}) to type ${c.t(T)}` };
      return { ok: false, cause: `cannot convert ${c.t(V)} to type ${c.t(t)} (in ${c.t(T)})` };
    }
  }
  return { ok: true, cause: '' };
}

function isBytesOrRunes(t: Type): boolean {
  if (t.kind !== 'Slice') return false;
  const e = under(t.elem);
  return e.kind === 'Basic' && (e.name === 'uint8' || e.name === 'int32');
}

