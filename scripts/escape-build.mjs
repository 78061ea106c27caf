#!/usr/bin/env node
// Prints what golesson's escape analysis says for one Go file, like `go build -gcflags=FLAGS FILE`:
//   node scripts/escape-build.mjs "-m -l" path/to/file.go
// Uses the compiled interpreter (npm run build -> dist/, or GOLESSON_DIST=dir). Used by the Go
// test-suite conformance run (see scripts/escape-conformance.sh).
import { readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = process.env.GOLESSON_DIST ?? join(root, 'dist');
const load = (p) => import(pathToFileURL(join(dist, p)).href);

const [gcflags, file] = process.argv.slice(2);
const { SourceFile } = await load('interpreter/source/file.js');
const { parseFile } = await load('interpreter/syntax/parser.js');
const { checkPackage } = await load('interpreter/types/check.js');
const { stdPackages } = await load('interpreter/stdlib/index.js');
const { buildDiagnostics } = await load('interpreter/escape/index.js');

const cache = new Map();
function importer(path) {
  if (cache.has(path)) return cache.get(path);
  const sp = stdPackages.get(path);
  cache.set(path, null);
  if (sp === undefined) return null;
  const { file: f } = parseFile(SourceFile.fromText(`$GOROOT/src/${path}/${path}.go`, sp.source));
  const { pkg } = checkPackage({ path, files: [f], importer });
  cache.set(path, pkg);
  return pkg;
}

const src = readFileSync(file).toString('latin1');
const toolCompile = process.env.GOLESSON_TOOL_COMPILE === "1";
const { output, ok } = buildDiagnostics(src, `./${basename(file)}`, gcflags, { importer, toolCompile });
process.stdout.write(Buffer.from(output, 'latin1'));
process.exit(ok ? 0 : 1);
