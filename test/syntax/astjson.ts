// Test helper: golesson's AST as plain JSON in the shape scripts/goast-dump.go gives go/ast's, so the
// two parsers can be compared node by node (positions as offsets into the file).
import type { Node } from '../../interpreter/syntax/ast.js';
import { tokenText, type Token } from '../../interpreter/syntax/token.js';

const skip = new Set([
  'Doc', 'Comment', 'Comments', 'Imports', 'FileStart', 'FileEnd', 'GoVersion', 'Package', 'EndPos',
  'Incomplete', 'Implicit', 'Bad', 'ExtraLhs', 'source',
]);
const tokenFields = new Set(['Tok', 'Op']);
const posFields = new Set([
  'NamePos', 'ValuePos', 'Lbrace', 'Rbrace', 'Lparen', 'Rparen', 'Lbrack', 'Rbrack', 'Colon', 'Ellipsis',
  'OpPos', 'Star', 'Struct', 'Func', 'Interface', 'Map', 'Begin', 'Arrow', 'Opening', 'Closing', 'From',
  'To', 'Semicolon', 'TokPos', 'Go', 'Defer', 'Return', 'If', 'Case', 'Switch', 'Select', 'For', 'Range',
  'Assign', 'Slash',
]);

export function astJSON(n: unknown, base = 0): unknown {
  if (n === null || n === undefined) return null;
  if (Array.isArray(n)) return n.map((x) => astJSON(x, base));
  if (typeof n !== 'object') return n;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(n as Record<string, unknown>)) {
    if (skip.has(k)) continue;
    if (k === 'kind') out[k] = v;
    else if (tokenFields.has(k) && typeof v === 'string') out[k] = tokenText[v as Token];
    else if (posFields.has(k) && typeof v === 'number') out[k] = v < 0 ? -1 : v - base;
    else out[k] = astJSON(v, base);
  }
  return out;
}

/** The first difference between two JSON trees, as a path and both values, or null. */
export function firstDiff(a: unknown, b: unknown, path = ''): string | null {
  if (a === b) return null;
  if (typeof a !== typeof b || a === null || b === null || typeof a !== 'object') {
    return `${path}: ${JSON.stringify(a)?.slice(0, 200)} != ${JSON.stringify(b)?.slice(0, 200)}`;
  }
  if (Array.isArray(a) !== Array.isArray(b)) return `${path}: array mismatch`;
  const ka = Object.keys(a as object);
  const kb = Object.keys(b as object);
  for (const k of new Set([...ka, ...kb])) {
    const d = firstDiff((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
    if (d !== null) {
      const kind = (a as { kind?: string }).kind;
      return kind !== undefined && !d.startsWith(`${path}.${k}.`) ? `${d} (in ${kind})` : d;
    }
  }
  return null;
}

export type { Node };
