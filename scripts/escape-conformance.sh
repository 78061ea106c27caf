#!/bin/sh
# Scores golesson's escape analysis on Go's own errorcheck tests (test/escape*.go of the installed
# Go 1.23), with ../shared/tools/escape_conformance.py. Skips with a notice when they are absent.
#   sh scripts/escape-conformance.sh            the issue's subset (595 annotations in 14 files)
#   sh scripts/escape-conformance.sh --all      every test/escape*.go file
set -e
here=$(cd "$(dirname "$0")/.." && pwd)
tests=/usr/lib/go-1.23/test
tool=${ESCAPE_CONFORMANCE:-$here/../shared/tools/escape_conformance.py}
if [ ! -d "$tests" ] || [ ! -f "$tool" ]; then
  echo "notice: $tests or $tool not found; skipping the escape conformance run"
  exit 0
fi
dist=$(mktemp -d)
trap 'rm -rf "$dist"' EXIT
(cd "$here" && npx tsc -p tsconfig.json --outDir "$dist" >/dev/null 2>&1) || true
if [ "$1" = "--all" ]; then
  set -- --pattern escape
else
  set -- --pattern escape_ --exclude-features generics,unsafe,reflect,imports,pragma
fi
GOLESSON_DIST=$dist GOLESSON_TOOL_COMPILE=1 python3 "$tool" --tests "$tests" "$@" \
  --cmd "node $here/scripts/escape-build.mjs \"{flags}\" {file}"
