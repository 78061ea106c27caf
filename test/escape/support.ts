// Test support: an importer over golesson's standard packages, and golesson's `go build -gcflags` output.
import { SourceFile } from '../../interpreter/source/file.js';
import { parseFile } from '../../interpreter/syntax/parser.js';
import { checkPackage } from '../../interpreter/types/check.js';
import type { Package } from '../../interpreter/types/info.js';
import { stdPackages } from '../../interpreter/stdlib/index.js';
import { buildDiagnostics } from '../../interpreter/escape/index.js';

const cache = new Map<string, Package | null>();

export function stdImporter(path: string): Package | null {
  if (cache.has(path)) return cache.get(path)!;
  const sp = stdPackages.get(path);
  if (sp === undefined) {
    cache.set(path, null);
    return null;
  }
  cache.set(path, null); // cycle guard
  const { file } = parseFile(SourceFile.fromText(`$GOROOT/src/${path}/${path}.go`, sp.source));
  const { pkg } = checkPackage({ path, files: [file], importer: stdImporter });
  cache.set(path, pkg);
  return pkg;
}

/** golesson's `go build -gcflags=FLAGS` output for a source text (a byte string) named ./NAME. */
export function golessonBuild(source: string, name: string, gcflags: string): string {
  return buildDiagnostics(source, `./${name}`, gcflags, { importer: stdImporter }).output;
}
