#!/usr/bin/env bash
# Issue 12's size in whole processes: the site-move example with its study replaced by one of 200
# lots (150 pre, 50 post) x 40 attributes, the six criteria in turn, every fifth attribute on the
# log10 scale, results read from a CSV file (8,000 rows). The same deterministic wave of values as
# benchmarks/.../ComparabilityBenchmarks.cs. Times `assess` and `generate` (wall, and CPU = user +
# system, steadier on a shared machine) RUNS times each, start-up included, and reports the best
# and the median.
#   scripts/benchmark-comparability.sh [RUNS]         (default 5)
#   DOSSIERGEN=path/to/dossiergen.dll scripts/...     times that build instead of publishing this tree
#   KEEP=DIR scripts/...                              leaves the study and the last dossier in DIR
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
work=${KEEP:-$(mktemp -d)}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$work"' EXIT
mkdir -p "$work"
source scripts/dossiergen-under-test.sh "$work"

example=examples/aav-ds-site-move-licensed-facility
study="$work/study"
mkdir -p "$study"
cp "$example/change.yaml" "$example/product.yaml" "$study/"
awk -v pre=150 -v post=50 -v attributes=40 -v csv="$study/results.csv" 'BEGIN {
  print "format: dossiergen/comparability@1"
  print "id: CMP-BENCH-01"
  print "title: Benchmark study of 200 lots and 40 attributes"
  print "covers: [C1]"
  print "design: independent"
  print "lots:"
  for (i = 0; i < pre + post; i++) {
    day = sprintf("2025-%02d-%02d", 1 + int(i / 28) % 12, 1 + i % 28)
    printf "  - { id: L%03d, group: %s, site: Site, scale: 500 L, date: %s, use: commercial }\n", i, (i < pre ? "pre" : "post"), day
  }
  split("quality-range: { k: 3 }|tolerance-interval: { coverage: 0.99, confidence: 0.95 }|min-max: {}|equivalence: { margin: 15, alpha: 0.05 }|limits: { lower: 50, upper: 150 }|equivalence: { margin-sd: 1.5, alpha: 0.05 }", criteria, "|")
  print "attributes:"
  for (a = 0; a < attributes; a++) {
    printf "  - name: Attribute %d\n    method: Method\n    unit: \"%%\"\n", a + 1
    if (a % 5 == 0) print "    transform: log10"
    printf "    criterion:\n      %s\n", criteria[a % 6 + 1]
  }
  print "data: results.csv"
  print "lot,attribute,value" > csv
  for (a = 0; a < attributes; a++)
    for (i = 0; i < pre + post; i++)
      printf "L%03d,Attribute %d,%.1f\n", i, a + 1, 100 + 8 * sin(i * 0.7 + a) + (i < pre ? 0 : 1) > csv
}' > "$study/comparability-building-5-ppq.yaml"

time_runs() {
  local name=$1; shift
  local walls=() cpus=()
  for ((r = 0; r < runs; r++)); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${run[@]}" "$@" > /dev/null
    read -r wall user system kilobytes < "$work/time"
    walls+=("$wall"); cpus+=("$(awk -v u="$user" -v s="$system" 'BEGIN { print u + s }')")
  done
  printf '%s\n' "${walls[@]}" | sort -n > "$work/walls"
  printf '%s\n' "${cpus[@]}" | sort -n > "$work/cpus"
  awk -v name="$name" -v n="$runs" -v k="$kilobytes" 'NR == FNR { w[FNR] = $1; next } { c[FNR] = $1 }
    END { m = int((n + 1) / 2); printf "%-9s %d runs: wall best %.2f s, median %.2f s; CPU best %.2f s, median %.2f s; peak memory %.0f MB\n", name, n, w[1], w[m], c[1], c[m], k / 1024 }' "$work/walls" "$work/cpus"
}

time_runs assess assess "$study/change.yaml"
time_runs generate generate "$study/change.yaml" -o "$work/out"
