# Sourced by the benchmark scripts: sets the array `run` to the dossiergen command to time, the
# build named by DOSSIERGEN (a dossiergen.dll) or else this tree published ReadyToRun into $1/bin.
#   source scripts/dossiergen-under-test.sh WORK_DIR
if [ -n "${DOSSIERGEN:-}" ]; then
  run=(dotnet "$DOSSIERGEN")
else
  rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
  dotnet publish src/DossierGen.Cli -c Release -r "$rid" --self-contained false -p:PublishReadyToRun=true -o "$1/bin" >/dev/null
  run=("$1/bin/dossiergen")
fi
