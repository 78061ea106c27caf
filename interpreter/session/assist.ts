// Editing help for a notebook: is a cell complete (so a console knows whether Enter runs it), what
// can complete the name under the cursor, and what a name under the cursor is.
import type { Completeness, Completion, Inspection } from '../api.js';
import { SourceFile, decodeUTF8 } from '../source/file.js';
import { parseCell } from '../syntax/parser.js';
import { keywords } from '../syntax/token.js';
import { unitText, keyName, type Unit } from './units.js';

/** Predeclared identifiers of the universe scope (Go spec: Predeclared identifiers). */
const predeclared = [
  'any', 'bool', 'byte', 'comparable', 'complex64', 'complex128', 'error', 'float32', 'float64',
  'int', 'int8', 'int16', 'int32', 'int64', 'rune', 'string', 'uint', 'uint8', 'uint16', 'uint32',
  'uint64', 'uintptr', 'true', 'false', 'iota', 'nil', 'append', 'cap', 'clear', 'close', 'complex',
  'copy', 'delete', 'imag', 'len', 'make', 'max', 'min', 'new', 'panic', 'print', 'println', 'real',
  'recover',
];

const builtinDocs: Record<string, string> = {
  append: 'func append(slice []Type, elems ...Type) []Type\n\nAppends elements to the end of a slice, growing its array when the capacity is exceeded.',
  cap: 'func cap(v Type) int\n\nThe capacity of a slice, array or channel.',
  len: 'func len(v Type) int\n\nThe length of a string (in bytes), slice, array, map or channel.',
  make: 'func make(t Type, size ...IntegerType) Type\n\nAllocates and initialises a slice, map or channel.',
  new: 'func new(Type) *Type\n\nAllocates a zero value of Type and returns a pointer to it.',
  panic: 'func panic(v any)\n\nStops the current goroutine\'s normal execution: deferred calls run, and a deferred recover can stop the panic.',
  recover: 'func recover() any\n\nCalled directly by a deferred function during a panic, stops the panic and returns its value; otherwise returns nil.',
  copy: 'func copy(dst, src []Type) int\n\nCopies elements from src to dst and returns how many were copied.',
  delete: 'func delete(m map[Type]Type1, key Type)\n\nRemoves the element with the key from the map; a no-op if absent.',
  close: 'func close(c chan<- Type)\n\nCloses a channel: receives then drain what is buffered and then return the zero value.',
  defer: 'defer f(args)\n\nRegisters a call to run when the surrounding function returns (or panics). The function value and arguments are evaluated now; calls run last-in, first-out.',
  go: 'go f(args)\n\nStarts f(args) in a new goroutine. The function value and arguments are evaluated in the calling goroutine.',
};

/** A cell is incomplete when it ends inside a bracket or a raw string, so more lines are expected. */
export function assistIsComplete(code: string): Completeness {
  if (code.trim() === '') return { status: 'complete' };
  const parsed = parseCell(SourceFile.fromText('./prog.go', code));
  if (parsed.diagnostics.length === 0) return { status: 'complete' };
  if (parsed.diagnostics.some((d) => /unexpected EOF|string not terminated|comment not terminated/.test(d.msg))) {
    return { status: 'incomplete', indent: '\t'.repeat(Math.max(1, openDepth(code))) };
  }
  return { status: 'invalid' };
}

/** How many brackets are open at the end of code (outside strings and comments). */
function openDepth(code: string): number {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === '/' && code[i + 1] === '/') { while (i < code.length && code[i] !== '\n') i++; continue; }
    if (c === '/' && code[i + 1] === '*') { const e = code.indexOf('*/', i + 2); i = e < 0 ? code.length : e + 1; continue; }
    if (c === '"' || c === '\'' || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (c !== '`' && code[i] === '\\') i++;
      continue;
    }
    if (c === '{' || c === '(' || c === '[') depth++;
    else if (c === '}' || c === ')' || c === ']') depth--;
  }
  return depth;
}

const identChar = /[\p{L}\p{Nd}_]/u;

/** The identifier (and `pkg.` prefix, if any) ending at cursor. */
function wordBefore(code: string, cursor: number): { start: number; word: string; qualifier: string | null } {
  let start = cursor;
  while (start > 0 && identChar.test(code[start - 1]!)) start--;
  const word = code.slice(start, cursor);
  let qualifier: string | null = null;
  if (code[start - 1] === '.') {
    let q = start - 1;
    while (q > 0 && identChar.test(code[q - 1]!)) q--;
    if (q < start - 1) qualifier = code.slice(q, start - 1);
  }
  return { start, word, qualifier };
}

/** Exported members of a standard package, if it is one. */
export type PackageMembers = (pkgName: string) => readonly string[] | null;

export function assistComplete(code: string, cursor: number, names: readonly string[], members?: PackageMembers): Completion {
  const { start, word, qualifier } = wordBefore(code, cursor);
  let pool: readonly string[];
  if (qualifier !== null) pool = members?.(qualifier) ?? [];
  else pool = [...new Set([...names, ...keywords.keys(), ...predeclared])];
  const matches = pool.filter((n) => n.startsWith(word)).sort();
  return { matches, start, end: cursor };
}

/** The whole identifier around cursor. */
function wordAt(code: string, cursor: number): string {
  let s = cursor;
  let e = cursor;
  while (s > 0 && identChar.test(code[s - 1]!)) s--;
  while (e < code.length && identChar.test(code[e]!)) e++;
  return code.slice(s, e);
}

export function assistInspect(
  code: string,
  cursor: number,
  units: readonly Unit[],
  cellVars: ReadonlyMap<string, { readonly name: string; readonly typeText: string }>,
  member?: (pkg: string, name: string) => string | null,
): Inspection {
  const word = wordAt(code, cursor);
  if (!word) return { found: false, text: '' };
  // pkg.Name: the standard package's declaration.
  let s = cursor;
  while (s > 0 && identChar.test(code[s - 1]!)) s--;
  if (code[s - 1] === '.' && member) {
    let q = s - 1;
    while (q > 0 && identChar.test(code[q - 1]!)) q--;
    const text = q < s - 1 ? member(code.slice(q, s - 1), word) : null;
    if (text) return { found: true, text };
  }
  const unit = units.find((u) => u.keys.some((k) => keyName(k) === word));
  if (unit) return { found: true, text: decodeUTF8(unitText(unit)) };
  const v = cellVars.get(word);
  if (v) return { found: true, text: `var ${v.name} ${v.typeText}` };
  const doc = builtinDocs[word];
  if (doc) return { found: true, text: doc };
  return { found: false, text: '' };
}
