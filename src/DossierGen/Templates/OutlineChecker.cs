using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Generation.Ectd;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Templates;

/// <summary>
/// What the outline's shape cannot say: a template is a file inside the templates folder (an
/// absolute or ../ path would make any file on the machine a dossier section), and no two sections
/// write the same file for one market (one would overwrite the other, and the manifest would list
/// the path twice). A Module 3 section is an ICH M4Q leaf under its ICH title, so that headings
/// read as a regulator expects and `--layout ectd` knows its folder.
/// </summary>
internal static class OutlineChecker
{
    /// <returns>True when the outline has none of these faults.</returns>
    public static bool Check(YamlMapping outline, string outlinePath, DiagnosticBag diagnostics)
    {
        var before = diagnostics.Count;
        var folder = Path.GetDirectoryName(Path.GetFullPath(outlinePath))!;
        var written = new Dictionary<(string Market, string File), YamlScalar>();
        foreach (var section in YamlAccess.Items(outline, "sections").OfType<YamlMapping>())
        {
            if (section.Get("template") is YamlScalar template
                && (template.Value.Any(char.IsControl) || Path.IsPathRooted(template.Value) || !RepositoryRoot.Contains(folder, Path.Combine(folder, template.Value))))
            {
                diagnostics.Error(DiagnosticCodes.InvalidOutline, template.Location, "a template is named by a path relative to the templates folder that stays inside it, not an absolute path or one leading out of it");
            }

            CheckIchSection(section, diagnostics);
            CheckProcedures(section, diagnostics);
            if (section.Get("file") is not YamlScalar file)
            {
                continue;
            }

            var markets = section.Get("markets") is null ? Vocabulary.Markets : YamlAccess.Texts(section, "markets");
            foreach (var market in markets)
            {
                if (!written.TryAdd((market, file.Value), file))
                {
                    diagnostics.Error(DiagnosticCodes.InvalidOutline, file.Location, $"another section (line {written[(market, file.Value)].Location.Line}) already writes '{file.Value}' for {market}; each section needs its own file in a market");
                    break;
                }
            }
        }

        return diagnostics.Count == before;
    }

    /// <summary>A procedure no market and stage of the section has (EU Type II for a JP section, an IND amendment for a marketed one) would silently never write it.</summary>
    private static void CheckProcedures(YamlMapping section, DiagnosticBag diagnostics)
    {
        if (section.Get("procedures") is not YamlSequence procedures)
        {
            return;
        }

        var markets = section.Get("markets") is null ? Vocabulary.Markets : YamlAccess.Texts(section, "markets");
        var stages = section.Get("stages") is null ? Vocabulary.Stages : YamlAccess.Texts(section, "stages");
        var possible = ProcedureScale.All.Where(s => markets.Contains(s.Market.ToString()) && stages.Contains(s.Stage == Stage.Marketed ? "marketed" : "clinical"))
            .SelectMany(s => s.Procedures).ToHashSet(StringComparer.Ordinal);
        foreach (var procedure in procedures.Items.OfType<YamlScalar>().Where(p => !possible.Contains(p.Value)))
        {
            diagnostics.Error(DiagnosticCodes.UnreachableOutlineProcedure, procedure.Location, $"procedure '{procedure.Value}' is not one of {string.Join("/", markets)} {string.Join(" or ", stages)}, so the section would never be written for it");
        }
    }

    private static void CheckIchSection(YamlMapping section, DiagnosticBag diagnostics)
    {
        if (section.Get("number") is not YamlScalar number || !IchSections.IsModule3(number.Value))
        {
            return;
        }

        if (IchSections.Find(number.Value) is not { } ich)
        {
            diagnostics.Error(DiagnosticCodes.NotAnIchSection, number.Location, $"'{number.Value}' is not an ICH M4Q section at eCTD leaf level{NearMiss.Hint(number.Value, IchSections.All.Select(s => s.Number))}");
        }
        else if (section.Get("title") is YamlScalar title && title.Value != ich.Title)
        {
            diagnostics.Error(DiagnosticCodes.NotTheIchTitle, title.Location, $"the ICH M4Q title of {ich.Number} is '{ich.Title}', not '{title.Value}'");
        }
    }
}
