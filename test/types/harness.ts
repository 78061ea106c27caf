// Test harness for the type checker: parses Go source with golesson's parser and checks it,
// importing the standard library from the declarations in interpreter/stdlib.
import { formatDiagnostics } from '../../interpreter/source/diagnostic.js';
import { SourceFile } from '../../interpreter/source/file.js';
import { parseFile, hasSyntaxErrors } from '../../interpreter/syntax/parser.js';
import { stdPackages } from '../../interpreter/stdlib/index.js';
import { checkPackage, formatCheckResult } from '../../interpreter/types/check.js';
import type { Package } from '../../interpreter/types/info.js';

const cache = new Map<string, Package | null>();

export function stdImporter(path: string): Package | null {
  if (cache.has(path)) return cache.get(path)!;
  const sp = stdPackages.get(path);
  if (!sp) return null;
  cache.set(path, null);
  const file = SourceFile.fromText(`${path}.go`, sp.source);
  const { file: ast, diagnostics } = parseFile(file);
  if (diagnostics.length > 0) throw new Error(`stdlib ${path}: ${formatDiagnostics(diagnostics).join('\n')}`);
  const { pkg, diagnostics: ds } = checkPackage({ path, files: [ast], importer: stdImporter });
  if (ds.length > 0) throw new Error(`stdlib ${path}: ${formatDiagnostics(ds).join('\n')}`);
  cache.set(path, pkg);
  return pkg;
}

export function check(src: string, name = './prog.go') {
  const file = SourceFile.fromText(name, src);
  const { file: ast, diagnostics } = parseFile(file);
  if (hasSyntaxErrors(diagnostics)) {
    return { pkg: null, diagnostics, lines: formatDiagnostics(diagnostics), ast };
  }
  const r = checkPackage({ path: 'main', files: [ast], importer: stdImporter, supported: [...stdPackages.keys()].sort(), prior: diagnostics });
  return { pkg: r.pkg, diagnostics: r.diagnostics, lines: formatCheckResult(r), ast };
}

/** The compiler's view: `go build` output lines for a program. */
export function buildOutput(src: string, name = './prog.go'): string {
  const r = check(src, name);
  if (r.lines.length === 0) return '';
  return ['# command-line-arguments', ...r.lines].join('\n') + '\n';
}
