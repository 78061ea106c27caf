// The catalogue of gc's messages (Go 1.23, types2 wording), in one place so that every message the
// checker emits can be compared with the compiler's. Arguments are already-formatted strings.

export const M = {
  undefined: (name: string) => `undefined: ${name}`,
  declaredAndNotUsed: (name: string) => `declared and not used: ${name}`,
  importedAndNotUsed: (path: string) => `${path} imported and not used`,
  importedAsAndNotUsed: (path: string, name: string) => `${path} imported as ${name} and not used`,
  // Not gc's: gc would build the package. A standard package golesson lacks is named as such; a
  // module path is outside the standard library, which is all a lesson can import.
  notInStd: (path: string, supported: readonly string[]) => {
    const list = supported.length > 0 ? ` (golesson supports: ${supported.join(', ')})` : '';
    return path.split('/')[0]!.includes('.')
      ? `package ${path} is not in std: golesson runs programs that use only the standard library${list}`
      : `package ${path} is not supported by golesson${list}`;
  },
  redeclaredInBlock: (name: string) => `${name} redeclared in this block`,
  otherDeclaration: (name: string) => `other declaration of ${name}`,
  redeclared: (name: string) => `${name} redeclared`,
  noNewVariables: 'no new variables on left side of :=',
  nonName: (lhs: string) => `non-name ${lhs} on left side of :=`,
  missingReturn: 'missing return',
  mismatchedTypes: (e: string, x: string, y: string) => `invalid operation: ${e} (mismatched types ${x} and ${y})`,
  mismatchedTypesOp: (lhs: string, op: string, rhs: string, x: string, y: string) =>
    `invalid operation: ${lhs} ${op}= ${rhs} (mismatched types ${x} and ${y})`,
  opNotDefined: (op: string, x: string) => `invalid operation: operator ${op} not defined on ${x}`,
  divisionByZero: 'invalid operation: division by zero',
  cannotUseAs: (x: string, t: string, context: string) => `cannot use ${x} as ${t} value in ${context}`,
  notUsed: (x: string) => `${x} is not used`,
  nonBoolCond: (what: string) => `non-boolean condition in ${what} statement`,
  cannotAssign: (x: string, why: string) => `cannot assign to ${x}${why}`,
  undefinedFieldOrMethod: (sel: string, why: string) => `${sel} undefined (${why})`,
  notAType: (x: string) => `${x} is not a type`,
  notAnExpr: (x: string) => `${x} is not an expression`,
  useOfPackageWithoutSelector: (name: string) => `use of package ${name} without selector`,
  cannotInfer: (name: string) => `in call to ${name}, cannot infer`,
} as const;
