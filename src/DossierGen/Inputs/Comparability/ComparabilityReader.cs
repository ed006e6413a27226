using DossierGen.Diagnostics;
using DossierGen.Formats;
using DossierGen.Yaml;

namespace DossierGen.Inputs.Comparability;

/// <summary>
/// Reads a comparability study (contract 1.5) with its CSV data file, and reports every fault of
/// both at once. Returns the study only when nothing is wrong.
/// </summary>
public static class ComparabilityReader
{
    /// <param name="changeIds">The change ids of the change file that lists the study, or null when the study is validated on its own.</param>
    /// <param name="referencedFrom">Where the change file lists it, or null for a file named on the command line.</param>
    /// <param name="unsaved">The study's text as the workbench editor holds it, read instead of the file on disk; null reads the file.</param>
    public static ComparabilityStudy? ReadFile(string path, InputSources sources, IReadOnlyCollection<string>? changeIds, DiagnosticBag diagnostics, SourceLocation? referencedFrom = null, string? unsaved = null)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(diagnostics);
        var local = new DiagnosticBag();
        var root = FormattedYamlFile.Open(path, FormatTags.Comparability, local, referencedFrom, unsaved);
        if (root is null)
        {
            diagnostics.AddRange(local.Sorted());
            return null;
        }

        new ShapeValidator(local).Validate(root, ComparabilityFormat.File, "the comparability study");
        var lots = LotChecks.Check(root, local);
        var attributes = CheckAttributes(root, local);
        var collector = new ResultCollector(lots, local);
        CollectYamlResults(root, attributes, collector);
        var dataPath = ReadData(root, path, sources, attributes, collector, local);
        CheckCovers(root, changeIds, local);
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : Bind(root, path, dataPath, collector);
    }

    private static Dictionary<string, AttributeOutline> CheckAttributes(YamlMapping root, DiagnosticBag diagnostics)
    {
        var outlines = new Dictionary<string, AttributeOutline>(StringComparer.Ordinal);
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var attribute in YamlAccess.Items(root, "attributes").OfType<YamlMapping>())
        {
            if (attribute.Get("name") is YamlScalar { Kind: YamlScalarKind.Text } name && !seen.TryAdd(name.Value, name.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateAttributeName, name.Location, $"attribute '{name.Value}' is named twice in this study (first at line {seen[name.Value].Line}); each attribute needs its own name");
                continue;
            }

            if (AttributeOutline.Of(attribute) is { } outline)
            {
                outlines[outline.Name] = outline;
            }

            CheckLimits(attribute, diagnostics);
        }

        return outlines;
    }

    private static void CheckLimits(YamlMapping attribute, DiagnosticBag diagnostics)
    {
        if ((attribute.Get("criterion") as YamlMapping)?.Get("limits") is YamlMapping limits
            && limits.Get("lower") is YamlScalar lower && YamlNumber.Of(lower) is { } low
            && limits.Get("upper") is YamlScalar upper && YamlNumber.Of(upper) is { } high && low > high)
        {
            diagnostics.Error(DiagnosticCodes.LimitsReversed, lower.Location, $"the lower limit {lower.Value} is above the upper limit {upper.Value}");
        }
    }

    private static void CollectYamlResults(YamlMapping root, Dictionary<string, AttributeOutline> attributes, ResultCollector collector)
    {
        foreach (var attribute in YamlAccess.Items(root, "attributes").OfType<YamlMapping>())
        {
            // A duplicate name was reported; its results would be reported again as duplicates of the first's.
            if (AttributeOutline.Of(attribute) is not { } outline || YamlAccess.Mapping(attribute, "results") is not { } results
                || !ReferenceEquals(FirstWithName(root, outline.Name), attribute))
            {
                continue;
            }

            foreach (var entry in results.Entries)
            {
                // Values that are neither number nor text were reported by the shape check.
                if (entry.Value is YamlScalar { Kind: YamlScalarKind.Text or YamlScalarKind.WholeNumber or YamlScalarKind.RealNumber } value)
                {
                    collector.Add(outline, entry.Key.Value, entry.Key.Location, value.Value, YamlNumber.Of(value), value.Location);
                }
            }
        }
    }

    private static YamlMapping? FirstWithName(YamlMapping root, string name) =>
        YamlAccess.Items(root, "attributes").OfType<YamlMapping>().FirstOrDefault(a => YamlAccess.Text(a, "name") == name);

    private static string? ReadData(YamlMapping root, string path, InputSources sources, Dictionary<string, AttributeOutline> attributes, ResultCollector collector, DiagnosticBag diagnostics)
    {
        if (root.Get("data") is not YamlScalar { Kind: YamlScalarKind.Text, Value.Length: > 0 } reference)
        {
            return null;
        }

        var dataPath = ReferencedPath.ResolveExisting(reference, path, sources, "data file", DiagnosticCodes.StudyFileNotFound, diagnostics);
        if (dataPath is null)
        {
            return null;
        }

        CsvResultReader.Read(dataPath, reference.Location, attributes, collector, diagnostics);
        return dataPath;
    }

    private static void CheckCovers(YamlMapping root, IReadOnlyCollection<string>? changeIds, DiagnosticBag diagnostics)
    {
        if (changeIds is null)
        {
            return;
        }

        foreach (var covered in YamlAccess.Items(root, "covers").OfType<YamlScalar>().Where(c => !changeIds.Contains(c.Value)))
        {
            diagnostics.Error(DiagnosticCodes.StudyCoversUnknownChange, covered.Location, $"the study covers change '{covered.Value}', which the change file does not define{NearMiss.Hint(covered.Value, changeIds)}");
        }
    }

    private static ComparabilityStudy Bind(YamlMapping root, string path, string? dataPath, ResultCollector collector)
    {
        var lots = YamlAccess.Items(root, "lots").Cast<YamlMapping>().Select(l => new StudyLot(
            YamlAccess.RequiredText(l, "id"),
            YamlAccess.RequiredText(l, "group") == "pre" ? LotGroup.Pre : LotGroup.Post,
            YamlAccess.Text(l, "pair"),
            YamlAccess.Text(l, "site"),
            YamlAccess.Text(l, "scale"),
            YamlAccess.Date(l, "date"),
            YamlAccess.Text(l, "use"))).ToList();
        var attributes = YamlAccess.Items(root, "attributes").Cast<YamlMapping>().Select(a =>
        {
            var name = YamlAccess.RequiredText(a, "name");
            return new AttributeUnderStudy(
                name,
                YamlAccess.Text(a, "method"),
                YamlAccess.Text(a, "unit"),
                YamlAccess.Flag(a, "cqa", @default: true),
                YamlAccess.Text(a, "transform") == "log10" ? ValueTransform.Log10 : ValueTransform.None,
                CriterionBinder.Bind(YamlAccess.Mapping(a, "criterion")!),
                collector.ResultsOf(name));
        }).ToList();
        return new ComparabilityStudy(
            YamlAccess.RequiredText(root, "id"),
            YamlAccess.RequiredText(root, "title"),
            YamlAccess.Texts(root, "covers"),
            YamlAccess.Text(root, "design") == "paired" ? StudyDesign.Paired : StudyDesign.Independent,
            lots,
            attributes,
            path,
            dataPath);
    }
}
