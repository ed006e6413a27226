using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Facts;
using DossierGen.Formats;
using DossierGen.Inputs;
using DossierGen.Yaml;

namespace DossierGen.Rules;

/// <summary>Reads one rules file and checks each rule's shape, condition and outcome.</summary>
public static class RuleReader
{
    private static readonly Dictionary<string, Market> FolderMarkets = new(StringComparer.Ordinal)
    {
        ["fda"] = Market.US,
        ["ema"] = Market.EU,
        ["pmda"] = Market.JP,
    };

    public static RuleFile? Read(string path, DiagnosticBag diagnostics)
    {
        ArgumentNullException.ThrowIfNull(diagnostics);
        var root = FormattedYamlFile.OpenChecked(path, FormatTags.Rules, RuleFileFormat.File, "the rules file", diagnostics);
        if (root is null)
        {
            return null;
        }

        var local = new DiagnosticBag();

        var marketNode = (YamlScalar)root.Get("market")!;
        var market = YamlAccess.ParseMarket(marketNode.Value);
        var folder = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(path)));
        if (folder is not null && FolderMarkets.TryGetValue(folder, out var folderMarket) && folderMarket != market)
        {
            local.Error(DiagnosticCodes.RuleFileInWrongFolder, marketNode.Location, $"a file under {folder}/ holds {folderMarket} rules; this one says market {market}");
        }

        var rules = YamlAccess.Items(root, "rules").Cast<YamlMapping>().Select(r => ReadRule(r, market, local)).ToList();
        diagnostics.AddRange(local.Sorted());
        return local.HasErrors ? null : new RuleFile(path, market, rules!);
    }

    private static Rule? ReadRule(YamlMapping node, Market market, DiagnosticBag diagnostics)
    {
        var id = YamlAccess.RequiredText(node, "id");
        Stage? stage = YamlAccess.RequiredText(node, "stage") switch
        {
            "marketed" => Stage.Marketed,
            "clinical" => Stage.Clinical,
            _ => null,
        };
        var phase = YamlAccess.Text(node, "phase") == "adjust" ? RulePhase.Adjust : RulePhase.Classify;
        var subject = YamlAccess.Text(node, "subject") switch
        {
            "master-file" => RuleSubject.MasterFile,
            "master-file-change" => RuleSubject.MasterFileChange,
            _ => RuleSubject.Change,
        };
        var scope = subject switch
        {
            RuleSubject.MasterFile => FactScope.MasterFile,
            RuleSubject.MasterFileChange => FactScope.MasterFileChange,
            _ => phase == RulePhase.Adjust ? FactScope.Decision : FactScope.Change,
        };
        var errorsBefore = diagnostics.Count;

        if (phase == RulePhase.Adjust && subject != RuleSubject.Change)
        {
            diagnostics.Error(DiagnosticCodes.RuleOutcomeMismatch, node.Location, $"rule {id}: only change rules can be adjust rules");
        }

        var when = new ConditionReader(diagnostics, scope).Read(node.Get("when")!);
        var then = ReadOutcome(YamlAccess.Mapping(node, "then")!, id, market, stage, phase, subject, diagnostics);
        var from = YamlAccess.Date(node, "effective-from");
        var until = YamlAccess.Date(node, "effective-until");
        if (from > until)
        {
            diagnostics.Error(DiagnosticCodes.InvalidEffectivePeriod, node.Get("effective-from")!.Location, $"rule {id} starts ({from:yyyy-MM-dd}) after it ends ({until:yyyy-MM-dd})");
        }

        var citations = YamlAccess.Items(node, "citations").Cast<YamlMapping>().Select(c => new Citation(
            YamlAccess.RequiredText(c, "document"), YamlAccess.Text(c, "section"), YamlAccess.Text(c, "date"), YamlAccess.Text(c, "source"))).ToList();
        if (when is null || then is null || diagnostics.Count > errorsBefore)
        {
            return null;
        }

        return new Rule(id, YamlAccess.RequiredText(node, "title"), market, stage, phase, subject, when, then, from, until, citations,
            YamlAccess.Flag(node, "verify", @default: false), YamlAccess.Text(node, "note"), node.Location, YamlAccess.Text(node, "title-ja"));
    }

    private static RuleOutcome? ReadOutcome(YamlMapping then, string id, Market market, Stage? stage, RulePhase phase, RuleSubject subject, DiagnosticBag diagnostics)
    {
        var ok = true;
        var procedure = then.Get("procedure") as YamlScalar;
        if (procedure is not null && stage is null)
        {
            diagnostics.Error(DiagnosticCodes.InvalidProcedure, procedure.Location, $"rule {id} applies to any stage, but procedures differ by stage; give the rule a stage (clinical or marketed)");
            ok = false;
        }
        else if (procedure is not null && ProcedureScale.For(market, stage!.Value) is var scale && !scale.Contains(procedure.Value))
        {
            diagnostics.Error(DiagnosticCodes.InvalidProcedure, procedure.Location, $"'{procedure.Value}' is not a {market} {stage.Value.ToString().ToLowerInvariant()} procedure; use one of {string.Join(", ", scale.Procedures)}{NearMiss.Hint(procedure.Value, scale.Procedures)}");
            ok = false;
        }

        var masterFile = then.Get("master-file") as YamlScalar;
        if (subject == RuleSubject.MasterFile ? masterFile is null || procedure is not null : masterFile is not null)
        {
            diagnostics.Error(DiagnosticCodes.RuleOutcomeMismatch, then.Location, subject == RuleSubject.MasterFile
                ? $"rule {id}: a master-file rule says 'master-file: usable' or 'not-usable' and gives no procedure"
                : $"rule {id}: only master-file rules (subject: master-file) say whether a master file is usable");
            ok = false;
        }

        if (phase == RulePhase.Adjust && procedure is null)
        {
            diagnostics.Error(DiagnosticCodes.RuleOutcomeMismatch, then.Location, $"rule {id}: an adjust rule gives the procedure that replaces the classified one");
            ok = false;
        }

        var codes = new List<CodeAssignment>();
        foreach (var code in YamlAccess.Items(then, "codes").Cast<YamlMapping>())
        {
            var assignment = new CodeAssignment(YamlAccess.RequiredText(code, "code"), YamlAccess.Date(code, "from"), YamlAccess.Date(code, "until"), YamlAccess.Flag(code, "verify", @default: false));
            if (market != Market.EU || assignment.From > assignment.Until)
            {
                diagnostics.Error(DiagnosticCodes.InvalidCode, code.Location, market != Market.EU
                    ? $"rule {id}: classification codes exist only for EU rules"
                    : $"rule {id}: code {assignment.Code} starts after it ends");
                ok = false;
            }

            codes.Add(assignment);
        }

        var evidence = YamlAccess.Items(then, "evidence").Cast<YamlMapping>()
            .Select(e => new EvidenceRequest(YamlAccess.RequiredText(e, "kind"), YamlAccess.RequiredText(e, "purpose"))).ToList();
        var findings = YamlAccess.Items(then, "findings").Cast<YamlMapping>()
            .Select(f => new FindingTemplate(YamlAccess.RequiredText(f, "severity"), YamlAccess.RequiredText(f, "message"), YamlAccess.Text(f, "message-ja"))).ToList();
        return ok ? new RuleOutcome(procedure?.Value, codes, evidence, findings, masterFile?.Value) : null;
    }
}
