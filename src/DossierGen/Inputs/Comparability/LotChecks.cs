using DossierGen.Diagnostics;
using DossierGen.Yaml;

namespace DossierGen.Inputs.Comparability;

/// <summary>The study's lots: unique ids, and pairs that fit the design (one pre and one post lot per pair).</summary>
internal static class LotChecks
{
    /// <returns>The declared lot ids with where each is declared.</returns>
    public static Dictionary<string, SourceLocation> Check(YamlMapping root, DiagnosticBag diagnostics)
    {
        var lots = YamlAccess.Items(root, "lots").OfType<YamlMapping>().ToList();
        var ids = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var lot in lots)
        {
            if (lot.Get("id") is YamlScalar { Kind: YamlScalarKind.Text } id && !ids.TryAdd(id.Value, id.Location))
            {
                diagnostics.Error(DiagnosticCodes.DuplicateLotId, id.Location, $"lot id '{id.Value}' is used twice in this study (first at line {ids[id.Value].Line}); each lot needs its own id");
            }
        }

        if (YamlAccess.Text(root, "design") == "paired")
        {
            CheckPairs(lots, diagnostics);
        }
        else
        {
            foreach (var pair in lots.Select(l => l.Get("pair")).OfType<YamlScalar>())
            {
                diagnostics.Error(DiagnosticCodes.PairDoesNotFitDesign, pair.Location, "'pair' belongs to a paired design, but this study's design is independent; set 'design: paired' or remove the pair");
            }
        }

        return ids;
    }

    private static void CheckPairs(List<YamlMapping> lots, DiagnosticBag diagnostics)
    {
        var pairs = new Dictionary<string, List<(YamlScalar Pair, string Lot, string Group)>>(StringComparer.Ordinal);
        foreach (var lot in lots)
        {
            var lotId = YamlAccess.Text(lot, "id") ?? "?";
            if (lot.Get("pair") is not YamlScalar { Kind: YamlScalarKind.Text } pair)
            {
                if (lot.Find("pair") is null)
                {
                    diagnostics.Error(DiagnosticCodes.PairDoesNotFitDesign, lot.Location, $"lot '{lotId}' has no 'pair'; in a paired design every lot names the donor or source material it was made from");
                }

                continue;
            }

            if (!pairs.TryGetValue(pair.Value, out var members))
            {
                members = [];
                pairs[pair.Value] = members;
            }

            members.Add((pair, lotId, YamlAccess.Text(lot, "group") ?? ""));
        }

        foreach (var (name, members) in pairs)
        {
            var pre = members.Where(m => m.Group == "pre").Select(m => m.Lot).ToList();
            var post = members.Where(m => m.Group == "post").Select(m => m.Lot).ToList();
            if (pre.Count == 1 && post.Count == 1)
            {
                continue;
            }

            var fault = (pre.Count, post.Count) switch
            {
                (0, _) => "has no pre-change lot",
                (_, 0) => "has no post-change lot",
                _ when pre.Count > 1 => $"has {pre.Count} pre-change lots ({string.Join(", ", pre)})",
                _ => $"has {post.Count} post-change lots ({string.Join(", ", post)})",
            };
            diagnostics.Error(DiagnosticCodes.PairIncomplete, members[0].Pair.Location, $"pair '{name}' {fault}; every pair holds exactly one pre and one post lot from the same donor or source");
        }
    }
}
