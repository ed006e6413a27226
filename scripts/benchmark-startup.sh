#!/usr/bin/env bash
# Whole-process start-up, side by side in one run: the native (NativeAOT) dossiergen (textconv of a
# generated document, assess of an example, and the other commands) against pandoc reading the same
# .docx as plain text (`pandoc -f docx -t plain`), each run RUNS times; prints mean and median ms.
# Installs pandoc (Debian package) when missing and this runs as root. Uses the binary named by
# DOSSIERGEN_NATIVE, else builds it with scripts/publish-native.sh.
#   scripts/benchmark-startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
if ! command -v pandoc >/dev/null || [ ! -x /usr/bin/time ]; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc time >/dev/null
  else echo "pandoc and GNU time are needed (apt-get install pandoc time)" >&2; exit 1; fi
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
native=${DOSSIERGEN_NATIVE:-}
if [ -z "$native" ]; then
  scripts/publish-native.sh "$work/native" >/dev/null
  native="$work/native/dossiergen"
fi

example=examples/aav-ds-site-transfer/change.yaml
"$native" generate "$example" -o "$work/out" >/dev/null
docx=$(find "$work/out" -name '3.2.S.2.6*.docx' | sort | head -n 1)
[ -n "$docx" ] || docx=$(find "$work/out" -name '*.docx' | sort | head -n 1)

# Mean and median wall time of RUNS runs of a command, and its mean CPU time (user + system, steadier
# than wall time on a shared machine), in ms, after one warm-up run. Needs GNU time (/usr/bin/time).
measure() {
  local name=$1; shift
  "$@" >/dev/null 2>&1 || true
  local log
  log=$(mktemp)
  for _ in $(seq "$runs"); do
    /usr/bin/time -a -o "$log" -f '%e %U %S' "$@" >/dev/null 2>&1 || true
  done
  grep -E '^[0-9.]+ [0-9.]+ [0-9.]+$' "$log" | sort -n | awk -v name="$name" '
    { wall[NR] = $1; sum += $1; cpu += $2 + $3 }
    END { median = (NR % 2) ? wall[(NR + 1) / 2] : (wall[NR / 2] + wall[NR / 2 + 1]) / 2;
          printf "%-48s wall mean %6.0f ms, median %6.0f ms; CPU mean %6.0f ms\n", name, sum / NR * 1000, median * 1000, cpu / NR * 1000 }'
  rm -f "$log"
}

echo "whole-process wall time, $runs runs each, $(nproc) cores; document: ${docx#"$work/out/"}"
measure "pandoc -f docx -t plain (pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2))" pandoc -f docx -t plain "$docx"
measure "dossiergen textconv" "$native" textconv "$docx"
measure "dossiergen assess" "$native" assess "$example"
measure "dossiergen --version" "$native" --version
measure "dossiergen validate" "$native" validate "$example"
measure "dossiergen assess --format json" "$native" assess "$example" --format json
measure "dossiergen explain" "$native" explain "$example"
measure "dossiergen diff (two documents)" "$native" diff "$docx" "$docx"
measure "dossiergen generate (one change, 16 documents)" "$native" generate "$example" -o "$work/again"
