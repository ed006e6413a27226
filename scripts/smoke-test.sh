#!/usr/bin/env bash
# Smoke test of an installed dossiergen, as a user on a fresh machine would run it: --version,
# generate an example, validate a bad file (must exit 2), serve the example's folder (the page
# answers with the printed URL's token, and refuses a request without it). Used by .ci/run for the tool package
# and the native binary.
#   scripts/smoke-test.sh PATH/TO/dossiergen
set -euo pipefail
cd "$(dirname "$0")/.."
exe=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# Run from elsewhere, so nothing can come from the repository's folders by accident.
example=$PWD/examples/aav-ds-site-transfer/change.yaml
cd "$work"

version=$("$exe" --version)
echo "$exe --version: $version"
[ -n "$version" ]

"$exe" generate "$example" -o out >/dev/null
docs=$(find out/HBG-CC-2026-031 -name '*.docx' | wc -l)
[ "$docs" -gt 0 ] || { echo "generate wrote no Word document" >&2; exit 1; }
"$exe" textconv "$(find out -name '*.docx' | sort | head -n 1)" | grep -q . || { echo "textconv printed nothing" >&2; exit 1; }
echo "generate: $docs Word documents under out/HBG-CC-2026-031"

sed 's/^\(  *kind: \)site$/\1sitee/' "$example" > bad.yaml
cp "$(dirname "$example")/product.yaml" .
set +e
"$exe" validate bad.yaml 2> errors.txt
code=$?
set -e
[ "$code" = 2 ] || { echo "validate of a bad file exited $code, not 2" >&2; cat errors.txt >&2; exit 1; }
grep -q 'error DG' errors.txt
echo "validate bad.yaml: exit 2, $(head -n 1 errors.txt)"

# serve: start on a free port, open the printed URL as a script would (token in the header), stop.
mkdir served && cp "$(dirname "$example")"/*.yaml served/
"$exe" serve served > serve.txt 2>&1 &
server=$!
for _ in $(seq 1 100); do grep -q '^Open ' serve.txt && break; sleep 0.1; done
url=$(sed -n 's/^Open //p' serve.txt)
kill -0 "$server" 2>/dev/null && [ -n "$url" ] || { echo "serve printed no URL" >&2; cat serve.txt >&2; exit 1; }
base=${url%%\?*}
token=${url##*token=}
anonymous=$(curl -s -o /dev/null -w '%{http_code}' "$base")
page=$(curl -s -H "X-DossierGen-Token: $token" "${base}assessment?path=change.yaml")
kill "$server"; wait "$server" 2>/dev/null || true
[ "$anonymous" = 401 ] || { echo "serve answered $anonymous without the token, not 401" >&2; exit 1; }
grep -q 'HBG-CC-2026-031' <<<"$page" || { echo "serve's assessment page lacks the change" >&2; exit 1; }
echo "serve: $base answers with the token (401 without)"
