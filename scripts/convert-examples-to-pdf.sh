#!/usr/bin/env bash
# Generates every example's dossier and has LibreOffice (headless) convert every .docx to PDF.
# Fails if LibreOffice rejects a document or a PDF comes out empty. Installs LibreOffice and the
# Japanese fonts it needs (Debian packages) when they are missing and this runs as root.
#   scripts/convert-examples-to-pdf.sh [OUT_DIR]      (PDFs are kept there for looking at)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"

if ! command -v soffice >/dev/null || ! command -v pdfinfo >/dev/null || ! fc-list | grep -qi "Noto Serif CJK\|Noto Sans CJK"; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui fonts-noto-cjk poppler-utils >/dev/null
  else
    echo "LibreOffice, poppler-utils and fonts-noto-cjk are needed (apt-get install libreoffice-writer-nogui fonts-noto-cjk poppler-utils)" >&2
    exit 1
  fi
fi

dotnet build src/DossierGen.Cli -c Release -o "$out/bin" >/dev/null
dotnet "$out/bin/dossiergen.dll" generate examples/*/change.yaml -o "$out/dossiers" >/dev/null

# LibreOffice start-up dominates, so documents are converted in batches (one process each); they
# get unique flat names because a batch writes into one folder. Batches stay small: a single
# process given a few hundred files was seen to stop before the end without an error.
mkdir -p "$out/docx" "$out/pdf"
count=0
while IFS= read -r -d '' docx; do
  relative=${docx#"$out/dossiers/"}
  cp "$docx" "$out/docx/${relative//\//__}"
  count=$((count + 1))
done < <(find "$out/dossiers" -name '*.docx' -print0)

profile=$(mktemp -d)
find "$out/docx" -name '*.docx' -print0 | sort -z \
  | xargs -0 -n 40 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/pdf" >/dev/null 2>&1 || true
rm -rf "$profile"

failed=0
for docx in "$out"/docx/*.docx; do
  pdf="$out/pdf/$(basename "${docx%.docx}").pdf"
  pages=$( (pdfinfo "$pdf" 2>/dev/null || true) | sed -n 's/^Pages: *//p')
  if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    echo "LibreOffice did not convert $(basename "$docx")" >&2
    failed=$((failed + 1))
  fi
done
echo "LibreOffice converted $((count - failed)) of $count example documents to PDF ($out/pdf)"
[ "$failed" -eq 0 ]
