using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Inputs;

namespace DossierGen.Impact;

public static class MasterFileChangeReader
{
    public static MasterFileChange? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var root = FormattedYamlFile.Open(path, FormatTags.MasterFileChange, local);
        if (root is not null)
        {
            new ShapeValidator(local).Validate(root, MasterFileChangeFormat.File, "the master-file change");
        }

        diagnostics.AddRange(local.Sorted());
        return root is null || local.HasErrors
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
