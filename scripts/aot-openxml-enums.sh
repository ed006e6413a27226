#!/usr/bin/env bash
# Regenerates src/DossierGen.Cli/Aot/OpenXmlEnums.rd.xml (the NativeAOT roots for the Open XML SDK's
# enum arrays, see the file's header) from the SDK version restored for the CLI. Run after changing the
# DocumentFormat.OpenXml version in Directory.Packages.props.
#   scripts/aot-openxml-enums.sh
set -euo pipefail
cd "$(dirname "$0")/.."
version=$(sed -n 's/.*"DocumentFormat.OpenXml" Version="\([^"]*\)".*/\1/p' Directory.Packages.props)
dll=${NUGET_PACKAGES:-$HOME/.nuget/packages}/documentformat.openxml/$version/lib/net6.0/DocumentFormat.OpenXml.dll
[ -f "$dll" ] || { echo "$dll not found: run dotnet restore first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# A file-based C# program: the public enums of the assembly, by full name, in ordinal order.
cat > "$work/enums.cs" <<'CS'
#pragma warning disable IL2026
System.Type[] types;
// The packaging types' dependency (System.IO.Packaging) is not beside the SDK; the enums load anyway.
try { types = System.Reflection.Assembly.LoadFrom(args[0]).GetTypes(); }
catch (System.Reflection.ReflectionTypeLoadException e) { types = e.Types.OfType<System.Type>().ToArray(); }
foreach (var name in types.Where(t => t.IsEnum && t.IsPublic).Select(t => t.FullName!).Order(StringComparer.Ordinal))
    Console.WriteLine(name);
CS
out=src/DossierGen.Cli/Aot/OpenXmlEnums.rd.xml
header=$(sed '/<Directives/,$d' "$out")
{
  printf '%s\n' "$header"
  printf '%s\n' '<Directives xmlns="http://schemas.microsoft.com/netfx/2013/01/metadata">' '  <Application>' '    <Assembly Name="DocumentFormat.OpenXml">'
  (cd "$work" && dotnet run enums.cs -- "$dll") | sed 's/.*/      <Type Name="&[]" Dynamic="Required All" \/>/'
  printf '%s\n' '    </Assembly>' '  </Application>' '</Directives>'
} > "$work/rd.xml"
mv "$work/rd.xml" "$out"
echo "$out: $(grep -c '<Type ' "$out") enum arrays"
