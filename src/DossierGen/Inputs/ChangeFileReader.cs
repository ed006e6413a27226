using DossierGen.Diagnostics;
using DossierGen.FileSystem;
using DossierGen.Formats;
using DossierGen.Inputs.Comparability;
using DossierGen.Yaml;

namespace DossierGen.Inputs;

/// <summary>
/// Reads a change file with the product and master files it references, and reports every fault
/// of every file at once. Returns a <see cref="ChangeDescription"/> only when nothing is wrong.
/// </summary>
public sealed class ChangeFileReader(InputSources sources)
{
    /// <param name="unsaved">The change file's text as the workbench editor holds it, read instead of the file on disk; null reads the file.</param>
    public ChangeDescription? Read(string path, DiagnosticBag diagnostics, string? unsaved = null)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        // Faults are collected here first so that a recoverable fault (a duplicate key) still stops binding.
        var local = new DiagnosticBag();
        var root = FormattedYamlFile.Open(path, FormatTags.Change, local, unsaved: unsaved);
        if (root is null)
        {
            diagnostics.AddRange(local.Sorted());
            return null;
        }

        new ShapeValidator(local).Validate(root, ChangeFormat.File, "the change file");
        CheckDescription(root, local);
        var changeIds = CheckChangeIds(root, local);
        var product = ReadProduct(root, path, local);
        var productMarkets = ProductMarkets(root, product);
        CheckMarkets(root, productMarkets, local);
        CheckAgreements(root, changeIds, productMarkets, local);
        var masterFiles = ReadMasterFiles(root, path, local);
        var studies = StudyListReader.Read(root, path, sources, changeIds.Keys, local);
        CheckDates(root, product, local);
        if (product is not null && !local.HasErrors)
        {
            // Contradictions need bound changes, so they are looked for only in an otherwise valid file.
            var assessed = root.Get("markets") is null ? [.. product.Markets.Select(m => m.Market)] : YamlAccess.Texts(root, "markets").Select(YamlAccess.ParseMarket).Order().ToList();
            Registration.RegistrationContradictions.Check([.. YamlAccess.Items(root, "changes").Cast<YamlMapping>()], product, assessed, local);
        }

        diagnostics.AddRange(local.Sorted());
        if (local.HasErrors || product is null)
        {
            return null;
        }

        return Bind(root, path, product, masterFiles) with { Studies = studies };
    }

    /// <summary>The description is parsed here as generation parses it, so validate refuses what generate would.</summary>
    private static void CheckDescription(YamlMapping root, DiagnosticBag diagnostics)
    {
        if (root.Get("description") is YamlScalar { Kind: YamlScalarKind.Text } description && Markdown.UserMarkdown.Check(description.Value) is { } fault)
        {
            diagnostics.Error(DiagnosticCodes.UnrenderableMarkdown, description.Location, $"the description cannot be rendered: {fault}");
        }
    }

    private static Dictionary<string, SourceLocation> CheckChangeIds(YamlMapping root, DiagnosticBag diagnostics)
    {
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var change in YamlAccess.Items(root, "changes").OfType<YamlMapping>())
        {
            if (change.Get("id") is YamlScalar { Kind: YamlScalarKind.Text } id && !ids.TryAdd(id.Value, id.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateChangeId, id.Location, $"change id '{id.Value}' is used twice in this file (first at line {ids[id.Value].Line}); each change needs its own id");
            }
        }

        return ids;
    }

    private Product? ReadProduct(YamlMapping root, string path, DiagnosticBag diagnostics)
    {
        switch (root.Get("product"))
        {
            // An empty path has been reported by the shape check; it names no file.
            case YamlScalar { Kind: YamlScalarKind.Text, Value.Length: > 0 } reference:
                var productPath = ReferencedPath.ResolveExisting(reference, path, sources, "product file", DiagnosticCodes.ProductNotFound, diagnostics);
                return productPath is null ? null : ProductReader.ReadFile(productPath, diagnostics, reference.Location);
            case YamlMapping inline:
                // The shape check of the change file has already reported faults of the inline product.
                var probe = new DiagnosticBag();
                new ShapeValidator(probe).Validate(inline, ProductFormat.Inline, "'product'");
                return probe.HasErrors || !Registration.RegistrationChecks.Check(inline, diagnostics) ? null : ProductReader.Bind(inline, path);
            default:
                return null;
        }
    }

    /// <summary>The product's markets, from the read product or, when it has faults, from whatever market keys it has.</summary>
    private static HashSet<string>? ProductMarkets(YamlMapping root, Product? product) =>
        product is not null
            ? [.. product.Markets.Select(m => m.Market.ToString())]
            : root.Get("product") is YamlMapping inline && inline.Get("markets") is YamlMapping markets
                ? [.. markets.Entries.Select(e => e.Key.Value)]
                : null;

    private static void CheckMarkets(YamlMapping root, HashSet<string>? productMarkets, DiagnosticBag diagnostics)
    {
        if (productMarkets is null)
        {
            return;
        }

        foreach (var market in YamlAccess.Items(root, "markets").OfType<YamlScalar>())
        {
            CheckMarketInProduct(market, productMarkets, diagnostics);
        }
    }

    private static void CheckMarketInProduct(YamlScalar market, HashSet<string> productMarkets, DiagnosticBag diagnostics)
    {
        if (Vocabulary.Markets.Contains(market.Value) && !productMarkets.Contains(market.Value))
        {
            diagnostics.Error(DiagnosticCodes.MarketNotInProduct, market.Location, $"market '{market.Value}' is not among the product's markets ({string.Join(", ", Vocabulary.Markets.Where(productMarkets.Contains))})");
        }
    }

    private static void CheckAgreements(YamlMapping root, Dictionary<string, SourceLocation> changeIds, HashSet<string>? productMarkets, DiagnosticBag diagnostics)
    {
        foreach (var agreement in YamlAccess.Items(root, "agreements").OfType<YamlMapping>())
        {
            var kind = YamlAccess.Text(agreement, "kind");
            if (agreement.Get("market") is YamlScalar market && kind is not null
                && Vocabulary.AgreementMarket.TryGetValue(kind, out var expected) && Vocabulary.Markets.Contains(market.Value))
            {
                if (market.Value != expected)
                {
                    diagnostics.Error(DiagnosticCodes.AgreementMarketMismatch, market.Location, $"a {kind} exists only in {expected}; for market {market.Value} use {Vocabulary.AgreementMarket.First(p => p.Value == market.Value).Key}");
                }
                else if (productMarkets is not null)
                {
                    CheckMarketInProduct(market, productMarkets, diagnostics);
                }
            }

            foreach (var covered in YamlAccess.Items(agreement, "covers").OfType<YamlScalar>())
            {
                if (!changeIds.ContainsKey(covered.Value))
                {
                    diagnostics.Error(DiagnosticCodes.AgreementCoversUnknownChange, covered.Location, $"the agreement covers change '{covered.Value}', which this file does not define{NearMiss.Hint(covered.Value, changeIds.Keys)}");
                }
            }
        }
    }

    /// <summary>Warnings for inputs that are valid but probably not what the user meant.</summary>
    private static void CheckDates(YamlMapping root, Product? product, DiagnosticBag diagnostics)
    {
        var implemented = YamlAccess.TryDate(root.Get("implementation-date"));
        foreach (var agreement in YamlAccess.Items(root, "agreements").OfType<YamlMapping>())
        {
            if (product is not null && agreement.Get("market") is YamlScalar market && Enum.TryParse<Market>(market.Value, out var m) && product.In(m)?.Stage == Stage.Clinical)
            {
                diagnostics.Warning(DiagnosticCodes.AgreementForClinicalMarket, market.Location, $"the product is clinical in {m}; an approved comparability protocol, PACMP or change plan applies to a marketed product and is ignored here");
            }

            WarnIfAfter(agreement.Get("approved"), implemented, "the agreement is approved after the change's implementation date, so it cannot cover the change yet", diagnostics);
        }

        foreach (var entry in YamlAccess.Items(root, "master-files").OfType<YamlMapping>())
        {
            foreach (var grant in (entry.Get("authorizations") as YamlMapping)?.Entries ?? [])
            {
                WarnIfAfter(grant.Value, implemented, $"the {grant.Key.Value} authorization is dated after the change's implementation date", diagnostics);
            }
        }
    }

    private static void WarnIfAfter(YamlNode? node, DateOnly? implemented, string message, DiagnosticBag diagnostics)
    {
        if (implemented is { } limit && YamlAccess.TryDate(node) is { } date && date > limit)
        {
            diagnostics.Warning(DiagnosticCodes.DateAfterImplementation, node!.Location, message);
        }
    }

    private List<MasterFileUse> ReadMasterFiles(YamlMapping root, string path, DiagnosticBag diagnostics)
    {
        var uses = new List<MasterFileUse>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in YamlAccess.Items(root, "master-files").OfType<YamlMapping>())
        {
            if (entry.Get("ref") is not YamlScalar { Kind: YamlScalarKind.Text, Value.Length: > 0 } reference)
            {
                continue;
            }

            var file = MasterFileLocator.Locate(reference, path, sources, diagnostics);
            if (file is null)
            {
                continue;
            }

            if (!seen.TryAdd(file.Id, reference.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateMasterFileReference, reference.Location, $"master file '{file.Id}' is referenced twice (first at line {seen[file.Id].Line})");
                continue;
            }

            var authorizations = new SortedDictionary<Market, DateOnly>();
            foreach (var grant in YamlAccess.Mapping(entry, "authorizations")?.Entries ?? [])
            {
                // The shape check has reported a market or date that is not one; this tree is not validated yet.
                if (!Enum.TryParse<Market>(grant.Key.Value, out var market) || YamlAccess.TryDate(grant.Value) is not { } date)
                {
                    continue;
                }

                if (file.FilingIn(market) is null)
                {
                    diagnostics.Warning(DiagnosticCodes.AuthorizationWithoutFiling, grant.Key.Location, $"an authorization is held for {market}, but master file '{file.Id}' has no {market} filing; it cannot be referenced there");
                }

                authorizations[market] = date;
            }

            uses.Add(new MasterFileUse(reference.Value, file, authorizations, reference.Location));
        }

        return uses;
    }

    private static ChangeDescription Bind(YamlMapping root, string path, Product product, IReadOnlyList<MasterFileUse> masterFiles)
    {
        var id = YamlAccess.RequiredText(root, "id");
        var markets = root.Get("markets") is null
            ? [.. product.Markets.Select(m => m.Market)]
            : YamlAccess.Texts(root, "markets").Select(YamlAccess.ParseMarket).Order().ToList();
        var changes = YamlAccess.Items(root, "changes").Cast<YamlMapping>().Select(c => ChangeBinder.Bind(c)).ToList();
        var agreements = YamlAccess.Items(root, "agreements").Cast<YamlMapping>().Select(a => new Agreement(
            YamlAccess.RequiredText(a, "kind"),
            YamlAccess.ParseMarket(YamlAccess.RequiredText(a, "market")),
            YamlAccess.RequiredText(a, "reference"),
            YamlAccess.Date(a, "approved")!.Value,
            YamlAccess.Texts(a, "covers"),
            a.Location)).ToList();
        return new ChangeDescription(
            id,
            YamlAccess.Text(root, "title") ?? id,
            product,
            YamlAccess.Date(root, "implementation-date"),
            markets,
            YamlAccess.Text(root, "description"),
            changes,
            masterFiles,
            agreements,
            path)
        {
            DocumentControl = YamlAccess.Mapping(root, "document-control") is { } control ? (YamlAccess.Text(control, "number"), YamlAccess.Text(control, "version")) : (null, null),
        };
    }
}
