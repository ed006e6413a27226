#!/usr/bin/env bash
# Proves a native dossiergen (scripts/publish-native.sh) is the same tool as the JIT build: generates
# every example with both and compares the two output folders byte for byte; exits 1 on any
# difference in files or exit codes. The JIT build is the Release build of src/DossierGen.Cli
# (dotnet build -c Release first).
#   scripts/compare-native.sh PATH/TO/native/dossiergen
set -euo pipefail
cd "$(dirname "$0")/.."
native=$1
jit=src/DossierGen.Cli/bin/Release/net10.0/dossiergen.dll
[ -f "$jit" ] || { echo "$jit not found: run dotnet build -c Release first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0
count=0
for change in examples/*/change.yaml; do
  name=$(basename "$(dirname "$change")")
  jit_code=0 native_code=0
  dotnet "$jit" generate "$change" -o "$work/jit/$name" >/dev/null 2>&1 || jit_code=$?
  "$native" generate "$change" -o "$work/native/$name" >/dev/null 2>&1 || native_code=$?
  if [ "$jit_code" != "$native_code" ]; then
    echo "$name: the JIT build exited $jit_code, the native binary $native_code" >&2; status=1
  fi
  count=$((count + 1))
done
if ! diff -r "$work/jit" "$work/native" >&2; then
  status=1
fi
files=$(find "$work/native" -type f | wc -l)
[ "$status" = 0 ] && echo "compare-native: $count examples, $files files, byte-identical to the JIT build"
exit $status
