#!/usr/bin/env bash
# Makes 1,000 change files from the examples (copies with new ids), then times
# `dossiergen batch` over them with --jobs 1 and --jobs 2 (ReadyToRun build), reporting
# documents per second and peak memory (maximum resident set size). Output goes to /dev/shm when
# there is one, so the disk's write-back does not decide the numbers.
#   scripts/benchmark-batch.sh [COUNT]      (default 1000)
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-1000}
work=$(mktemp -d)
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
dotnet publish src/DossierGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/bin" >/dev/null

made=0; copy=0
while [ "$made" -lt "$count" ]; do
  copy=$((copy + 1))
  for example in examples/*/; do
    [ "$made" -ge "$count" ] && break
    name=$(basename "$example")
    target="$work/changes/$copy/$name"
    mkdir -p "$target"
    cp "$example"/*.yaml "$target/"
    sed -i -E "0,/^id: (.*)$/s//id: \1-B${copy}/" "$target/change.yaml"
    made=$((made + 1))
  done
done
echo "made $made change files from $(ls -d examples/*/ | wc -l) examples"

out="$work/out"
[ -d /dev/shm ] && out=$(mktemp -d /dev/shm/dossiergen-batch.XXXXXX)
for jobs in ${JOBS_LIST:-1 2 1 2}; do
  rm -rf "${out:?}"/*
  /usr/bin/time -f "%e %M" -o "$work/time" "$work/bin/dossiergen" batch "$work/changes" -o "$out" --jobs "$jobs" > "$work/log"
  read -r seconds kilobytes < "$work/time"
  documents=$(find "$out" -name '*.docx' | wc -l)
  awk -v d="$documents" -v s="$seconds" -v k="$kilobytes" -v j="$jobs" \
    'BEGIN { printf "--jobs %d: %d documents in %.1f s = %.0f documents/s, peak memory %.0f MB\n", j, d, s, d / s, k / 1024 }'
done
rm -rf "$work" "$out"
