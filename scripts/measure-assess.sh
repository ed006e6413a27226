#!/usr/bin/env bash
# Whole-process timing of `dossiergen assess` on every example, as a user runs it: a fresh process
# each time, start-up, rule loading and all. Publishes a ReadyToRun build first (the build the
# README recommends installing), then reports the mean and best wall time per run.
#   scripts/measure-assess.sh [RUNS]        (default 20 runs per example)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-20}
out=$(mktemp -d)
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
dotnet publish src/DossierGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$out" >/dev/null
exe="$out/dossiergen"
"$exe" assess examples/aav-ds-site-transfer/change.yaml --format json >/dev/null   # warm the file cache

total=0; best=999999; count=0
for change in examples/*/change.yaml; do
  for _ in $(seq "$runs"); do
    start=$(date +%s%N)
    "$exe" assess "$change" --format json >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    total=$(( total + ms )); count=$(( count + 1 ))
    (( ms < best )) && best=$ms
  done
done
echo "assess, whole process, ReadyToRun build: mean $(( total / count )) ms, best ${best} ms over ${count} runs ($(ls -d examples/*/ | wc -l) examples x ${runs})"
rm -rf "$out"
