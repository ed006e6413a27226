#!/usr/bin/env bash
# The self-contained single-file dossiergen for linux-x64: no .NET needed on the machine that runs it.
# NativeAOT is not possible (see README, "Native binary"): Scriban binds template functions and model
# members by reflection, and so do DossierGen's template linter, YamlDotNet, the Open XML SDK and
# ClosedXML. So this is the fastest build that keeps them working: ReadyToRun (precompiled, so start-up
# runs little JIT), the framework trimmed (TrimMode=partial trims only assemblies marked trimmable;
# DossierGen and its libraries are kept whole), one executable with the built-in rules, schemas and
# templates beside it.
#   scripts/publish-native.sh [OUT_DIR]   (default artifacts/native)
set -euo pipefail
cd "$(dirname "$0")/.."
out=${1:-artifacts/native}
dotnet publish src/DossierGen.Cli -c Release -r linux-x64 --self-contained true \
  -p:PublishSingleFile=true -p:PublishReadyToRun=true -p:PublishTrimmed=true -p:TrimMode=partial \
  -p:IncludeNativeLibrariesForSelfExtract=true -p:TreatWarningsAsErrors=false -p:SuppressTrimAnalysisWarnings=true \
  -o "$out"
ls -l "$out/dossiergen"
