#!/usr/bin/env bash
# Side by side, in one run: DossierGen generating every example's dossier in one process, against
# pandoc converting the same Markdown twins to .docx with one process per file (pandoc's usual use).
# Installs pandoc (Debian package) when missing and this runs as root.
#   scripts/benchmark-vs-pandoc.sh
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v pandoc >/dev/null; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq pandoc >/dev/null
  else echo "pandoc is needed (apt-get install pandoc)" >&2; exit 1; fi
fi
work=$(mktemp -d)
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
dotnet publish src/DossierGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$work/bin" >/dev/null
ms() { date +%s%N; }

# Every example in one generate: copies of the examples, where a change id another example
# already uses (two examples show one change control two ways) gets a suffix, since one run
# refuses two dossiers of one id.
mkdir -p "$work/examples"
declare -A seen=()
for example in examples/*/; do
  name=$(basename "$example")
  cp -r "$example" "$work/examples/$name"
  id=$(sed -n 's/^id: *//p' "$work/examples/$name/change.yaml" | head -n 1)
  if [ -n "${seen[$id]:-}" ]; then sed -i "s/^id: *$id\b/id: $id-$name/" "$work/examples/$name/change.yaml"; fi
  seen[$id]=1
done

start=$(ms)
"$work/bin/dossiergen" generate "$work"/examples/*/change.yaml -o "$work/dossiergen" >/dev/null
dossiergen_ms=$(( ($(ms) - start) / 1000000 ))
documents=$(find "$work/dossiergen" -name '*.docx' | wc -l)

mapfile -t twins < <(find "$work/dossiergen" -name '*.md' | sort)
start=$(ms)
for twin in "${twins[@]}"; do
  pandoc -f markdown -t docx -o "${twin%.md}.pandoc.docx" "$twin" 2>/dev/null
done
pandoc_ms=$(( ($(ms) - start) / 1000000 ))

echo "DossierGen: ${documents} documents from $(ls -d "$work"/examples/*/ | wc -l) change files, one process: ${dossiergen_ms} ms (also assessing, rendering the Markdown, writing JSON and manifests)"
echo "pandoc $(pandoc --version | head -n 1 | cut -d' ' -f2): the same ${#twins[@]} Markdown twins, one process per file: ${pandoc_ms} ms"
awk -v p="$pandoc_ms" -v d="$dossiergen_ms" 'BEGIN { printf "DossierGen is %.1fx faster\n", p / d }'
rm -rf "$work"
