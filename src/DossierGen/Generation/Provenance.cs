using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using DossierGen.Inputs;
using DossierGen.Rules;

namespace DossierGen.Generation;

/// <summary>
/// What a generated document came from, so a later redline, check or review can say why text
/// changed: every input field (DossierGen.Input.*), a fingerprint of every rule behind it
/// (DossierGen.Rule.*) and of its template (DossierGen.Template). The dossier's manifest records
/// it per document; only the internal memo also carries it as custom properties (a rule id has no
/// place in a submitted document's hidden properties). Word allows 255
/// characters in a custom property, so a longer value is split at spaces into numbered pieces
/// (description.1, description.2 ...): nothing is lost, and an edit shows up in the piece it touched.
/// </summary>
public static class Provenance
{
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<Rule, string> Fingerprints = new();

    public const string InputPrefix = "DossierGen.Input.";
    public const string RulePrefix = "DossierGen.Rule.";
    public const string TemplateKey = "DossierGen.Template";

    /// <summary>Word's limit on the length of a custom property's value.</summary>
    public const int MaximumLength = 255;

    /// <summary>A document's properties: the change's inputs (<see cref="Inputs"/>, built once per change), its rules' fingerprints and its template's.</summary>
    public static Dictionary<string, string> For(IReadOnlyDictionary<string, string> inputs, IEnumerable<Rule> rules, string templateFingerprint)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(rules);
        var properties = new Dictionary<string, string>(inputs, StringComparer.Ordinal);
        foreach (var rule in rules.DistinctBy(r => r.Id))
        {
            properties[RulePrefix + rule.Id] = Fingerprint(rule);
        }

        properties[TemplateKey] = templateFingerprint;
        return properties;
    }

    /// <summary>Every input field of the change, long values split into pieces Word can hold.</summary>
    public static Dictionary<string, string> Inputs(ChangeDescription description)
    {
        ArgumentNullException.ThrowIfNull(description);
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, string? value)
        {
            if (string.IsNullOrEmpty(value))
            {
                return;
            }

            if (value.Length <= MaximumLength)
            {
                properties[InputPrefix + key] = value;
                return;
            }

            var pieces = Pieces(value);
            for (var i = 0; i < pieces.Count; i++)
            {
                properties[InputPrefix + key + "." + (i + 1).ToString(CultureInfo.InvariantCulture)] = pieces[i];
            }
        }

        Add("title", description.Title);
        Add("description", description.Description?.Trim());
        Add("implementation-date", description.ImplementationDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add("product.name", description.Product.Name);
        Add("product.modality", description.Product.Modality);
        foreach (var market in description.Product.Markets)
        {
            Add($"product.{market.Market}.stage", market.Stage == Stage.Marketed ? "marketed" : "clinical");
            Add($"product.{market.Market}.application", market.Application);
        }

        foreach (var change in description.Changes)
        {
            Add($"{change.Id}.kind", change.Kind);
            Add($"{change.Id}.summary", change.Summary);
            Add($"{change.Id}.material", change.Material);
            Add($"{change.Id}.present", change.Present);
            Add($"{change.Id}.proposed", change.Proposed);
            Add($"{change.Id}.jp-approval-form", change.JapanApprovalForm);
            Add($"{change.Id}.risk.cqa-impact", change.Risk.CqaImpact);
            Add($"{change.Id}.risk.affected-cqas", string.Join(", ", change.Risk.AffectedCqas));
            foreach (var (name, value) in change.Facts)
            {
                Add($"{change.Id}.{name}", value.ToString());
            }
        }

        foreach (var use in description.MasterFiles)
        {
            foreach (var (market, date) in use.Authorizations)
            {
                Add($"master-file.{use.File.Id}.authorization.{market}", date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            }
        }

        foreach (var agreement in description.Agreements)
        {
            Add($"agreement.{agreement.Market}.{agreement.Kind}", string.Create(CultureInfo.InvariantCulture, $"{agreement.Reference}, approved {agreement.Approved:yyyy-MM-dd}, covers {string.Join(", ", agreement.Covers)}"));
        }

        return properties;
    }

    /// <summary>The properties with every split value joined again under its own key, so a value is compared whole.</summary>
    public static Dictionary<string, string> Joined(IReadOnlyDictionary<string, string> properties)
    {
        ArgumentNullException.ThrowIfNull(properties);
        var joined = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var group in properties.GroupBy(p => PieceOf(p.Key).Key, StringComparer.Ordinal))
        {
            joined[group.Key] = string.Concat(group.OrderBy(p => PieceOf(p.Key).Number).Select(p => p.Value));
        }

        return joined;
    }

    private static (string Key, int Number) PieceOf(string key)
    {
        var dot = key.LastIndexOf('.');
        return key.StartsWith(InputPrefix, StringComparison.Ordinal) && dot > InputPrefix.Length
            && int.TryParse(key.AsSpan(dot + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? (key[..dot], number)
            : (key, 0);
    }

    /// <summary>Cuts text into pieces of at most <see cref="MaximumLength"/> characters, at whitespace where there is any, never inside a surrogate pair.</summary>
    public static List<string> Pieces(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<string>();
        var rest = text;
        while (rest.Length > MaximumLength)
        {
            var cut = rest.LastIndexOfAny([' ', '\n', '\t'], MaximumLength - 1);
            cut = cut <= 0 ? Word.Xml.XmlChars.CutAt(rest, MaximumLength) : cut;
            pieces.Add(rest[..cut]);
            rest = rest[cut..];
        }

        pieces.Add(rest);
        return pieces;
    }

    /// <summary>A short hash of everything a rule decides, says and cites, so an edited rule is told from an unchanged one.</summary>
    /// <remarks>Kept per loaded rule: every document of every change in a batch names the same rules.</remarks>
    public static string Fingerprint(Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return Fingerprints.GetValue(rule, ComputeFingerprint);
    }

    private static string ComputeFingerprint(Rule rule)
    {
        var then = rule.Then;
        // Invariant throughout: dates and numbers must hash the same in every culture.
        static string I(FormattableString value) => FormattableString.Invariant(value);
        var text = string.Join("|",
            rule.Title,
            rule.TitleJa,
            Describe(rule.When),
            then.Procedure,
            then.MasterFile,
            string.Join(";", then.Codes.Select(c => I($"{c.Code}:{c.From}:{c.Until}:{c.Verify}"))),
            string.Join(";", then.Evidence.Select(e => I($"{e.Kind}:{e.Purpose}"))),
            string.Join(";", then.Findings.Select(f => I($"{f.Severity}:{f.Message}:{f.MessageJa}"))),
            string.Join(";", rule.Citations.Select(c => c.ToString())),
            I($"{rule.Verify}|{rule.EffectiveFrom}|{rule.EffectiveUntil}"));
        return Hash(text);
    }

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    private static string Describe(Condition condition) => condition switch
    {
        AllCondition all => "all(" + string.Join(",", all.Conditions.Select(Describe)) + ")",
        AnyCondition any => "any(" + string.Join(",", any.Conditions.Select(Describe)) + ")",
        NotCondition not => "not(" + Describe(not.Inner) + ")",
        FactCondition fact => fact.Describe(),
        _ => "",
    };
}
