// Index and slice expressions (Go spec: Index expressions, Slice expressions; cf. types2 index.go),
// including explicit instantiation of generic functions `f[int]`.
import type { Mode } from './operand.js';
import type * as ast from '../syntax/ast.js';
import type { Checker } from './check.js';
import { toInt } from './constant.js';
import { convertUntyped, expr, rawExpr } from './expr.js';
import { instantiateSignature, verifyInstance } from './instantiate.js';
import { infer } from './infer.js';
import type { Operand } from './operand.js';
import { newOperand } from './operand.js';
import { assignment, useExprs } from './assignments.js';
import { coreString, identical, isInteger, isString, under, underTP } from './predicates.js';
import { representableConst } from './representable.js';
import { computeTypeSet } from './typeset.js';
import { typ, varType } from './typexpr.js';
import type { Type } from './types.js';
import { Typ, byteType } from './universe.js';

/** x[i] or x[T...]; generic function values are instantiated (all type arguments must be given). */
export function indexExpr(c: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): void {
  const r = indexExprFunc(c, x, e);
  if (!r) return;
  // A generic function instantiated outside a call: all type arguments are needed.
  const sig = under(x.type);
  if (sig.kind !== 'Signature') return;
  let targs = r.targs;
  if (targs.length < sig.typeParams.length) {
    // Partial instantiation: the rest must follow from the constraints' core types.
    const partial: (Type | null)[] = [...targs];
    while (partial.length < sig.typeParams.length) partial.push(null);
    const inferred = infer(c, { Fun: e.X, Lparen: e.Lbrack }, sig.typeParams, partial, { kind: 'Tuple', vars: [] }, []);
    if (!inferred) {
      x.mode = 'invalid';
      return;
    }
    targs = inferred;
  }
  if (r.targs.length > sig.typeParams.length) {
    c.error(r.exprs[sig.typeParams.length]!, `got ${r.targs.length} type arguments but want ${sig.typeParams.length}`);
    x.mode = 'invalid';
    return;
  }
  c.later(() => verifyInstance(c, sig.typeParams, targs, r.exprs, c.e(e.X)));
  const inst = instantiateSignature(sig, targs);
  let id: ast.Expr = e.X;
  while (id.kind === 'ParenExpr') id = id.X;
  const ident = id.kind === 'Ident' ? id : id.kind === 'SelectorExpr' ? id.Sel : null;
  if (ident) c.recordInstance(ident, { typeArgs: targs, type: inst });
  x.mode = 'value';
  x.type = inst;
  x.expr = e;
}

/** Checks an index expression; if X is a generic function returns its explicit type arguments
 *  (x then holds the generic function), else evaluates the index expression into x and returns null. */
export function indexExprFunc(c: Checker, x: Operand, e: ast.IndexExpr | ast.IndexListExpr): { targs: Type[]; exprs: readonly ast.Expr[] } | null {
  rawExpr(c, x, e.X, null, true);
  const indices = e.kind === 'IndexExpr' ? [e.Index] : e.Indices;
  switch (x.mode) {
    case 'invalid':
      useExprs(c, indices);
      return null;
    case 'typexpr': {
      const t = varType(c, e);
      x.mode = t === Typ.invalid ? 'invalid' : 'typexpr';
      x.type = t;
      x.expr = e;
      return null;
    }
    case 'value': {
      const u = under(x.type);
      if (u.kind === 'Signature' && u.typeParams.length > 0) {
        const targs = indices.map((i) => typ(c, i));
        if (targs.some((t) => t === Typ.invalid)) {
          x.mode = 'invalid';
          return null;
        }
        return { targs, exprs: indices };
      }
      break;
    }
    default:
      break;
  }
  let valid = false;
  let length = -1;
  const u = underTP(x.type);
  switch (u.kind) {
    case 'Basic':
      if (isString(u)) {
        valid = true;
        if (x.mode === 'constant' && x.val && x.val.kind === 'string') length = x.val.value.length;
        x.mode = 'value';
        x.type = byteType;
      }
      break;
    case 'Array':
      valid = true;
      length = u.len;
      if (x.mode !== 'variable') x.mode = 'value';
      x.type = u.elem;
      break;
    case 'Pointer': {
      const a = under(u.elem);
      if (a.kind === 'Array') {
        valid = true;
        length = a.len;
        x.mode = 'variable';
        x.type = a.elem;
      }
      break;
    }
    case 'Slice':
      valid = true;
      x.mode = 'variable';
      x.type = u.elem;
      break;
    case 'Map': {
      const index = singleIndex(c, e);
      if (!index) {
        x.mode = 'invalid';
        return null;
      }
      const key = newOperand();
      expr(c, key, index, false);
      assignment(c, key, u.key, 'map index');
      x.mode = 'mapindex';
      x.type = u.elem;
      x.val = null;
      x.expr = e;
      return null;
    }
    case 'Interface': {
      if (x.type.kind !== 'TypeParam') break;
      const ts = computeTypeSet(u);
      if (ts.terms === null || ts.terms.length === 0) break;
      let key: Type | null = null, elem: Type | null = null;
      let mode: Operand['mode'] = 'variable';
      let ok = true;
      for (const term of ts.terms) {
        const tu = under(term.type);
        let k: Type | null = null, el: Type | null = null, l = -1;
        if (tu.kind === 'Basic' && isString(tu)) { el = byteType; mode = 'value'; }
        else if (tu.kind === 'Array') { l = tu.len; el = tu.elem; if (x.mode !== 'variable') mode = 'value'; }
        else if (tu.kind === 'Pointer' && under(tu.elem).kind === 'Array') { const a = under(tu.elem) as { len: number; elem: Type }; l = a.len; el = a.elem; }
        else if (tu.kind === 'Slice') el = tu.elem;
        else if (tu.kind === 'Map') { k = tu.key; el = tu.elem; }
        if (!el) { ok = false; break; }
        if (!elem) { length = l; key = k; elem = el; continue; }
        if ((key === null) !== (k === null) || (key && k && !identical(key, k)) || !identical(elem, el)) { ok = false; break; }
        if (l >= 0 && l < length) length = l;
      }
      if (ok && elem) {
        if (key) {
          const index = singleIndex(c, e);
          if (!index) { x.mode = 'invalid'; return null; }
          const k = newOperand();
          expr(c, k, index, false);
          assignment(c, k, key, 'map index');
          x.mode = 'mapindex';
          x.type = elem;
          x.expr = e;
          return null;
        }
        valid = true;
        x.mode = mode;
        x.type = elem;
      }
      break;
    }
    default:
      break;
  }
  x.val = null;
  if (!valid) {
    c.error(e.Lbrack, `invalid operation: cannot index ${c.op(x)}`);
    useExprs(c, indices);
    x.mode = 'invalid';
    return null;
  }
  const index = singleIndex(c, e);
  if (!index) {
    x.mode = 'invalid';
    return null;
  }
  checkIndex(c, index, length);
  x.expr = e;
  return null;
}

function singleIndex(c: Checker, e: ast.IndexExpr | ast.IndexListExpr): ast.Expr | null {
  if (e.kind === 'IndexExpr') return e.Index;
  if (e.Indices.length === 0) {
    c.error(e, `missing index for ${c.e(e.X)}`);
    return null;
  }
  c.error(e.Indices[1]!, 'invalid operation: more than one index');
  return e.Indices[0]!;
}

/** Checks an index against [0, max); returns its constant value or -1 (cf. types2 index). */
export function checkIndex(c: Checker, index: ast.Expr, max: number): number {
  const x = newOperand();
  expr(c, x, index, false);
  if (!isValidIndex(c, x, 'index', false)) return -1;
  if (x.mode !== 'constant' || !x.val || x.val.kind !== 'int') return -1;
  const v = x.val.value;
  if (max >= 0 && v >= BigInt(max)) {
    c.error(x, `invalid argument: index ${v} out of bounds [0:${max}]`);
    return -1;
  }
  return Number(v);
}

export function isValidIndex(c: Checker, x: Operand, what: string, allowNegative: boolean): boolean {
  if (x.mode === 'invalid') return false;
  convertUntyped(c, x, Typ.int);
  if ((x.mode as Mode) === 'invalid') return false;
  if (!isInteger(x.type)) {
    c.error(x, `invalid argument: ${what} ${c.op(x)} must be integer`);
    return false;
  }
  if (x.mode === 'constant' && x.val) {
    const v = toInt(x.val);
    if (!allowNegative && v.kind === 'int' && v.value < 0n) {
      c.error(x, `invalid argument: ${what} ${c.op(x)} must not be negative`);
      return false;
    }
    if (representableConst(x.val, Typ.int) === null) {
      c.error(x, `invalid argument: ${what} ${c.op(x)} overflows int`);
      return false;
    }
  }
  return true;
}

export function sliceExpr(c: Checker, x: Operand, e: ast.SliceExpr): void {
  expr(c, x, e.X, false);
  const idx = [e.Low, e.High, e.Max];
  if (x.mode === 'invalid') {
    useExprs(c, idx.filter((i): i is ast.Expr => i !== null));
    return;
  }
  let valid = false;
  let length = -1;
  const cu = coreString(x.type);
  if (cu === null) {
    c.error(x, `invalid operation: cannot slice ${c.op(x)}: ${c.t(x.type)} has no core type`);
    x.mode = 'invalid';
    return;
  }
  switch (cu.kind) {
    case 'Basic':
      if (isString(cu)) {
        if (e.Slice3) {
          c.error(e.Max ?? e, 'invalid operation: 3-index slice of string');
          x.mode = 'invalid';
          return;
        }
        valid = true;
        if (x.mode === 'constant' && x.val && x.val.kind === 'string') length = x.val.value.length;
        // Slicing an untyped string yields a string.
        if (x.type.kind === 'Basic' && x.type.name === 'untyped string') x.type = Typ.string;
      }
      break;
    case 'Array':
      valid = true;
      length = cu.len;
      if (x.mode !== 'variable') {
        c.error(x, `invalid operation: ${c.op(x)} (slice of unaddressable value)`);
        x.mode = 'invalid';
        return;
      }
      x.type = { kind: 'Slice', elem: cu.elem };
      break;
    case 'Pointer': {
      const a = under(cu.elem);
      if (a.kind === 'Array') {
        valid = true;
        length = a.len;
        x.type = { kind: 'Slice', elem: a.elem };
      }
      break;
    }
    case 'Slice':
      valid = true;
      break;
    default:
      break;
  }
  if (!valid) {
    c.error(x, `cannot slice ${c.op(x)}`);
    x.mode = 'invalid';
    return;
  }
  x.mode = 'value';
  x.val = null;
  if (e.Slice3 && (e.High === null || e.Max === null)) {
    c.error(e, '2nd and 3rd index required in 3-index slice');
    x.mode = 'invalid';
    return;
  }
  const ind = [-1, -1, -1];
  idx.forEach((i, k) => {
    let v = -1;
    if (i) {
      let max = -1;
      if (length >= 0) max = length + 1;
      const t = checkIndex(c, i, max);
      if (t >= 0) v = t;
    } else if (k === 0) {
      v = 0;
    } else if (length >= 0) {
      v = length;
    }
    ind[k] = v;
  });
  // Constant indices must be non-decreasing.
  for (let i = 0; i < 2; i++) {
    const a = ind[i]!;
    if (a < 0) continue;
    for (let j = i + 1; j < 3; j++) {
      const b = ind[j]!;
      if (b >= 0 && a > b && idx[j]) {
        c.error(idx[j]!, `invalid slice indices: ${b} < ${a}`);
        return;
      }
    }
  }
}
