// Operands: the intermediate result of checking an expression (cf. types2 operand.go), and how gc
// describes one in messages: `x (variable of type int)`, `300 (untyped int constant)`.
import type * as ast from '../syntax/ast.js';
import type { ConstValue } from './constant.js';
import { constString } from './constant.js';
import { exprString } from './exprstring.js';
import { isGeneric, isUntyped } from './predicates.js';
import type { Qualifier } from './typestring.js';
import { typeString } from './typestring.js';
import type { BuiltinName, Type } from './types.js';
import { Typ } from './universe.js';

export type Mode =
  | 'invalid' | 'novalue' | 'builtin' | 'typexpr' | 'constant' | 'variable' | 'mapindex' | 'value'
  | 'nilvalue' | 'commaok' | 'commaerr';

export interface Operand {
  mode: Mode;
  expr: ast.Expr | null;
  type: Type;
  val: ConstValue | null;
  builtin?: BuiltinName;
}

export function newOperand(): Operand {
  return { mode: 'invalid', expr: null, type: Typ.invalid, val: null };
}

const modeString: Record<Mode, string> = {
  invalid: 'invalid operand', novalue: 'no value', builtin: 'built-in', typexpr: 'type',
  constant: 'constant', variable: 'variable', mapindex: 'map index expression', value: 'value',
  nilvalue: 'nil', commaok: 'comma, ok expression', commaerr: 'comma, error expression',
};

/** The operand as gc describes it (cf. types2 operandString). */
export function operandString(x: Operand, q: Qualifier): string {
  if (x.mode === 'nilvalue') {
    if (x.type === Typ.untypedNil) return 'nil';
    if (x.type === Typ.invalid) return 'nil (with invalid type)';
    return `nil (of type ${typeString(x.type, q)})`;
  }
  let expr = '';
  if (x.expr) expr = exprString(x.expr);
  else if (x.mode === 'builtin') expr = x.builtin ?? '';
  else if (x.mode === 'typexpr') expr = typeString(x.type, q);
  else if (x.mode === 'constant' && x.val) expr = constString(x.val);
  let s = '';
  if (expr !== '') s += expr + ' (';
  let hasType = false;
  switch (x.mode) {
    case 'invalid': case 'novalue': case 'builtin': case 'typexpr':
      break;
    default:
      if (isUntyped(x.type)) {
        s += (x.type as { name: string }).name + ' ';
        break;
      }
      hasType = true;
  }
  s += modeString[x.mode];
  if (x.mode === 'constant' && x.val) {
    const v = constString(x.val);
    if (v !== expr) s += ' ' + v;
  }
  if (hasType) {
    if (x.type !== Typ.invalid) {
      s += isGeneric(x.type) ? ' of generic type ' : ' of type ';
      s += typeString(x.type, q);
      if (x.type.kind === 'TypeParam') s += ' constrained by ' + typeString(x.type.constraint, q);
    } else {
      s += ' with invalid type';
    }
  }
  if (expr !== '') s += ')';
  return s;
}
