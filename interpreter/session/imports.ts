// Which imports each of a session's files needs. Go scopes imports to a file and rejects unused
// ones, while a notebook imports once and uses a package in many later cells: so every file but the
// whole program being run gets exactly the imports its code refers to, from the session's imports
// or, for a standard package never imported, by its name (`strings.ToUpper` works without a cell
// importing "strings").
import type * as ast from '../syntax/ast.js';
import { inspect } from '../syntax/walk.js';
import { importDecl, importSpec } from './synth.js';
import { packageName } from '../stdlib/index.js';

/** Package names used as `name.X` in these declarations, with the first such position. */
export function selectorRoots(nodes: readonly ast.Node[]): Map<string, number> {
  const roots = new Map<string, number>();
  for (const n of nodes)
    inspect(n, (m) => {
      if (m?.kind === 'SelectorExpr' && m.X.kind === 'Ident' && !roots.has(m.X.Name)) roots.set(m.X.Name, m.X.NamePos);
      return true;
    });
  return roots;
}

/**
 * The import declaration for a file holding `nodes`: for each `name.X` whose name is not a
 * package-level name of the session, the session's import of that name, else a standard package
 * whose name it is. `known` maps local import names to paths; `std` maps package names to paths.
 */
export function inferredImports(
  nodes: readonly ast.Node[],
  packageNames: ReadonlySet<string>,
  known: ReadonlyMap<string, string>,
  std: ReadonlyMap<string, string>,
): ast.GenDecl | null {
  const specs: ast.ImportSpec[] = [];
  for (const [name, pos] of selectorRoots(nodes)) {
    if (packageNames.has(name)) continue;
    const path = known.get(name) ?? std.get(name);
    if (path === undefined) continue;
    specs.push(importSpec(packageName(path) === name ? null : name, path, pos));
  }
  return specs.length > 0 ? importDecl(specs) : null;
}

/** The local name an import spec binds ("." and "_" included). */
export function importLocalName(spec: ast.ImportSpec): string {
  if (spec.Name) return spec.Name.Name;
  return packageName(importPath(spec));
}

export function importPath(spec: ast.ImportSpec): string {
  const v = spec.Path.Value;
  return v.startsWith('`') ? v.slice(1, -1) : (JSON.parse(v) as string);
}
