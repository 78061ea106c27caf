// The declarations a notebook session holds: each top-level declaration of a cell is a unit, known by
// the names it declares; a later unit declaring one of those names replaces it (re-running an
// edited cell is the normal case, so replacing is not an error).
import type * as ast from '../syntax/ast.js';
import type { SourceFile } from '../source/file.js';
import { endPos, startPos } from '../syntax/positions.js';

export interface Unit {
  /** "func f", "method T.M", "type T", "var x", "const C" — one per name the declaration binds. */
  readonly keys: readonly string[];
  readonly decl: ast.Decl;
  /** The cell the declaration came from (its tree's source). */
  readonly cell: CellFile;
  /** Distinguishes this declaration from an earlier one of the same names (for kept values). */
  readonly serial: number;
}

export interface CellFile {
  readonly source: SourceFile;
  /** The parsed cell as a file, for the tree fields a synthetic ast.File copies. */
  readonly tree: ast.File;
  /** The imports written in the cell. */
  readonly imports: readonly ast.ImportSpec[];
}

/** The keys a top-level declaration binds. Methods are keyed by receiver base type and name. */
export function declKeys(d: ast.Decl): string[] {
  switch (d.kind) {
    case 'FuncDecl': {
      if (!d.Recv || d.Recv.List.length === 0) return [`func ${d.Name.Name}`];
      return [`method ${receiverBase(d.Recv.List[0]!.Type)}.${d.Name.Name}`];
    }
    case 'GenDecl': {
      const keys: string[] = [];
      for (const s of d.Specs) {
        if (s.kind === 'TypeSpec') keys.push(`type ${s.Name.Name}`);
        else if (s.kind === 'ValueSpec')
          for (const n of s.Names) if (n.Name !== '_') keys.push(`${d.Tok === 'CONST' ? 'const' : 'var'} ${n.Name}`);
      }
      return keys;
    }
    case 'BadDecl':
      return [];
  }
}

/** The name a key binds in the package scope ("method T.M" binds none). */
export function keyName(key: string): string | null {
  const [kind, name] = key.split(' ') as [string, string];
  return kind === 'method' ? null : name;
}

function receiverBase(t: ast.Expr): string {
  switch (t.kind) {
    case 'StarExpr': return receiverBase(t.X);
    case 'ParenExpr': return receiverBase(t.X);
    case 'IndexExpr': return receiverBase(t.X);
    case 'IndexListExpr': return receiverBase(t.X);
    case 'Ident': return t.Name;
    default: return '?';
  }
}

/** The declaration's text as written in its cell (a byte string). */
export function unitText(u: Unit): string {
  const src = u.cell.source;
  return src.text.slice(startPos(u.decl) - src.base, endPos(u.decl) - src.base);
}

/** A one-line summary for %ls: the declaration's first line, braces closed. */
export function unitSummary(u: Unit): string {
  const first = unitText(u).split('\n')[0]!.trimEnd();
  return first.endsWith('{') ? `${first} ... }` : first.endsWith('(') ? `${first} ... )` : first;
}
