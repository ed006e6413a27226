#!/usr/bin/env bash
# The self-contained native dossiergen for linux-x64: one executable that needs no .NET on the machine
# that runs it, with the built-in rules/ (and schemas) and templates/ beside it.
# NativeAOT: the whole program compiled ahead of time, so a run starts in milliseconds (README,
# "Native binary and start-up"). The native link needs clang and lld; when they are missing and this
# runs as root, they are installed with apt-get. Should the NativeAOT publish fail (no clang, a
# compiler or link error), the fastest build that needs neither is written instead, with a message:
# ReadyToRun (precompiled, little JIT at start-up), the framework trimmed, one file.
#   scripts/publish-native.sh [OUT_DIR]   (default artifacts/native)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/native}

if ! command -v clang >/dev/null || ! command -v ld.lld >/dev/null; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "publish-native: installing clang and lld (apt-get) for the NativeAOT link" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq clang lld; } >/dev/null 2>&1 \
      || echo "publish-native: apt-get could not install clang and lld" >&2
  fi
fi

# Trim and AOT analysis warnings stay warnings here (the build's TreatWarningsAsErrors would stop the
# publish): the reflection they are about is kept working by the roots in the CLI project (DossierGen's
# own assembly whole, Aot/OpenXmlEnums.rd.xml), and every example's output is compared byte for byte
# with the JIT build's (scripts/compare-native.sh).
if command -v clang >/dev/null && dotnet publish src/DossierGen.Cli -c Release -r linux-x64 -p:PublishAot=true \
    -p:TreatWarningsAsErrors=false -o "$out"; then
  # The debug symbols (a .dbg five times the binary's size) and the library's .pdb are not shipped.
  rm -f "$out"/*.dbg "$out"/*.pdb
  echo "publish-native: NativeAOT binary $out/dossiergen" >&2
else
  echo "publish-native: the NativeAOT publish failed (see above; it needs clang and lld); writing the ReadyToRun single file instead, which starts several times slower" >&2
  rm -rf "$out"
  dotnet publish src/DossierGen.Cli -c Release -r linux-x64 --self-contained true \
    -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishTrimmed=true -p:TrimMode=partial \
    -p:IncludeNativeLibrariesForSelfExtract=true -p:TreatWarningsAsErrors=false -p:SuppressTrimAnalysisWarnings=true \
    -o "$out"
  echo "publish-native: ReadyToRun single file $out/dossiergen" >&2
fi
ls -l "$out/dossiergen"
