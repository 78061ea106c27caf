// The calls a %trace program makes to the runtime's tracer (runtime/tracehook.ts): emitted only
// when compiling with the `trace` option, so ordinary programs carry none of them.
import type * as ast from '../syntax/ast.js';
import { exprString } from '../syntax/printer.js';

/** The deferred call as the trace shows it: function literals abbreviated, arguments as written. */
export function callText(call: ast.CallExpr): string {
  const fun = call.Fun.kind === 'FuncLit' ? `func(${call.Fun.Type.Params.List.length > 0 ? '…' : ''}) {…}` : exprString(call.Fun);
  return `${fun}(${call.Args.map(exprString).join(', ')}${call.Ellipsis >= 0 ? '...' : ''})`;
}

/** The source text of each argument, for pairing with the values the defer statement evaluated. */
export function argTexts(call: ast.CallExpr): string[] {
  return call.Args.map(exprString);
}

/** JS string literal. */
export const q = (s: string): string => JSON.stringify(s);
