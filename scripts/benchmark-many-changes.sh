#!/usr/bin/env bash
# How `dossiergen generate` scales with the number of changes in ONE change file: makes files of
# N changes (the ten kinds of benchmarks/.../ten-changes.yaml, repeated with new ids) and reports,
# per N, wall time, CPU time (user + system, steadier than wall time on a shared machine), CPU
# time per change and peak memory. Linear generation keeps the per-change time flat as N grows.
#   scripts/benchmark-many-changes.sh [N...]        (default 500 1000 2000 4000)
#   DOSSIERGEN=path/to/dossiergen.dll scripts/...   times that build instead of publishing this tree
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=${*:-500 1000 2000 4000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
source scripts/dossiergen-under-test.sh "$work"

source=benchmarks/DossierGen.Benchmarks/Inputs/ten-changes.yaml
mapfile -t kinds < <(sed -n '/^changes:/,/^master-files:/p' "$source" | grep '^  - {')
for n in $sizes; do
  file="$work/n$n/change.yaml"
  mkdir -p "$work/n$n"
  {
    sed -n '1,/^changes:/p' "$source" | sed "s/^id: BENCH-10$/id: BENCH-$n/"
    for ((i = 1; i <= n; i++)); do
      echo "${kinds[$(( (i - 1) % ${#kinds[@]} ))]}" | sed -E "s/id: C[0-9]+,/id: C$i,/"
    done
    sed -n '/^master-files:/,$p' "$source"
  } > "$file"
  /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${run[@]}" generate "$file" -o "$work/out$n" > /dev/null
  read -r wall user system kilobytes < "$work/time"
  awk -v n="$n" -v w="$wall" -v u="$user" -v s="$system" -v k="$kilobytes" \
    'BEGIN { printf "%5d changes: %6.1f s wall, %6.1f s CPU (%.1f ms per change), peak memory %.0f MB\n", n, w, u + s, 1000 * (u + s) / n, k / 1024 }'
  rm -rf "$work/out$n"
done
