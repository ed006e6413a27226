using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;

namespace DossierGen.Impact;

public static class MasterFileChangeReader
{
    public static MasterFileChange? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.MasterFileChange, MasterFileChangeFormat.File, "the master-file change", diagnostics);
        return root is null
            ? null
            : new MasterFileChange(
                YamlAccess.RequiredText(root, "id"),
                YamlAccess.RequiredText(root, "master-file"),
                YamlAccess.RequiredText(root, "summary"),
                YamlAccess.RequiredText(root, "significance"),
                YamlAccess.Date(root, "date"),
                YamlAccess.Texts(root, "affects"),
                path);
    }
}
