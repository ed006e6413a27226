#!/usr/bin/env bash
# Generates every example's dossier with `generate --pdf` (LibreOffice, headless, through
# DossierGen's own conversion) and checks every PDF as a submission's are checked: PDF 1.4 to
# 1.7 (pdfinfo), every font embedded (pdffonts), bookmarks from the headings that open with the
# file (the catalog's /Outlines and /PageMode /UseOutlines). Also has LibreOffice convert redlines
# (tracked changes) between neighbouring examples' EU variation application forms and fails if a redline's PDF
# does not show both the deleted and the inserted text. Installs LibreOffice, poppler-utils and
# the Japanese fonts and Liberation (Arial metrics, as the reference document sets Arial) it needs (Debian packages) when they are missing and this runs as root.
#   scripts/convert-examples-to-pdf.sh [OUT_DIR]      (PDFs are kept there for looking at)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-$(mktemp -d)}
mkdir -p "$out"

if ! command -v soffice >/dev/null || ! command -v pdfinfo >/dev/null || ! fc-list | grep -qi "Noto Serif CJK\|Noto Sans CJK" || ! fc-list | grep -qi "Liberation Sans"; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libreoffice-writer-nogui fonts-noto-cjk fonts-liberation poppler-utils >/dev/null
  else
    echo "LibreOffice, poppler-utils and fonts-noto-cjk and fonts-liberation are needed (apt-get install libreoffice-writer-nogui fonts-noto-cjk fonts-liberation poppler-utils)" >&2
    exit 1
  fi
fi

dotnet build src/DossierGen.Cli -c Release -o "$out/bin" >/dev/null
dotnet "$out/bin/dossiergen.dll" generate examples/*/change.yaml -o "$out/dossiers" --pdf >/dev/null

mkdir -p "$out/docx" "$out/pdf"
count=0
failed=0
while IFS= read -r -d '' docx; do
  count=$((count + 1))
  pdf=${docx%.docx}.pdf
  relative=${pdf#"$out/dossiers/"}
  problem=""
  version=$( (pdfinfo "$pdf" 2>/dev/null || true) | sed -n 's/^PDF version: *//p')
  case "$version" in
    1.4|1.5|1.6|1.7) ;;
    *) problem="PDF version '${version:-none}' is not 1.4 to 1.7" ;;
  esac
  if [ -z "$problem" ] && pdffonts "$pdf" 2>/dev/null | awk 'NR > 2 && $(NF - 4) != "yes" { bad = 1 } END { exit !bad }'; then
    problem="a font is not embedded"
  fi
  if [ -z "$problem" ] && ! grep -aq '/Outlines [0-9]* 0 R' "$pdf"; then
    problem="it has no bookmarks"
  fi
  if [ -z "$problem" ] && ! grep -aq '/PageMode */UseOutlines' "$pdf"; then
    problem="it does not open with its bookmarks shown"
  fi
  if [ -n "$problem" ]; then
    echo "$relative: $problem" >&2
    failed=$((failed + 1))
  fi
  cp "$pdf" "$out/pdf/${relative//\//__}"
done < <(find "$out/dossiers" -name '*.docx' -print0)
echo "generate --pdf wrote $count example PDFs; $((count - failed)) pass pdfinfo (1.4 to 1.7), pdffonts (all embedded) and have bookmarks ($out/pdf)"

# Redlines of real generations: each example's EU variation application form against the next example's.
previous=""
redlines=0
for summary in $(find "$out/dossiers" -path '*/EU/1.2-application-form.docx' | sort); do
  if [ -n "$previous" ]; then
    name="redline__$(basename "$(dirname "$(dirname "$previous")")")__$(basename "$(dirname "$(dirname "$summary")")").docx"
    dotnet "$out/bin/dossiergen.dll" redline "$previous" "$summary" -o "$out/docx/$name" >/dev/null
    redlines=$((redlines + 1))
  fi
  previous=$summary
done

# LibreOffice start-up dominates, so the redlines are converted in batches (one process each).
profile=$(mktemp -d)
find "$out/docx" -name '*.docx' -print0 | sort -z \
  | xargs -0 -n 40 soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/pdf" >/dev/null 2>&1 || true
rm -rf "$profile"

for docx in "$out"/docx/*.docx; do
  pdf="$out/pdf/$(basename "${docx%.docx}").pdf"
  pages=$( (pdfinfo "$pdf" 2>/dev/null || true) | sed -n 's/^Pages: *//p')
  if [ -z "$pages" ] || [ "$pages" -lt 1 ]; then
    echo "LibreOffice did not convert $(basename "$docx")" >&2
    failed=$((failed + 1))
  fi
done
echo "LibreOffice converted $redlines redlines to PDF"

# Tracked changes must show in the rendering: from the shelf-life extension (Type IB) to the
# extrapolated one (Type II), the EU application form's type column shows the old and the new words.
shown="$out/pdf/redline__OGT-VAR-2026-004__OGT-VAR-2026-014.txt"
dotnet "$out/bin/dossiergen.dll" redline "$out/dossiers/OGT-VAR-2026-004/EU/1.2-application-form.docx" \
  "$out/dossiers/OGT-VAR-2026-014/EU/1.2-application-form.docx" -o "${shown%.txt}.docx" >/dev/null
profile=$(mktemp -d)
soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out/pdf" "${shown%.txt}.docx" >/dev/null 2>&1 || true
rm -rf "$profile"
# Reading order (not -layout), so a table cell whose words wrap stays together.
pdftotext "${shown%.txt}.pdf" "$shown" 2>/dev/null || true
if ! tr -s ' \n' ' ' < "$shown" 2>/dev/null | grep -q "Type IB *II variation"; then
  echo "the redline's PDF does not show the deleted and inserted text side by side ($shown)" >&2
  failed=$((failed + 1))
fi
[ "$failed" -eq 0 ]
