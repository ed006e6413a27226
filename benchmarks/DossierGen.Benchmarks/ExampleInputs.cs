using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Rules;
using DossierGen.Templates;

namespace DossierGen.Benchmarks;

/// <summary>The repository's rules and templates and one example's change, loaded as the tool loads them; a fault stops the benchmark.</summary>
internal sealed record ExampleInputs(RuleSet Rules, TemplateSet Templates, ChangeDescription Change)
{
    public static ExampleInputs Load(string example = "cart-lentiviral-vector-cdmo-change")
    {
        var root = RepositoryRoot.Find();
        var diagnostics = new DiagnosticBag();
        var rules = RuleSetLoader.Load(Path.Combine(root, "rules"), diagnostics);
        var templates = TemplateSet.Load(Path.Combine(root, "templates"), diagnostics);
        var change = new ChangeFileReader(new InputSources([Path.Combine(root, "rules", "master-files")]))
            .Read(Path.Combine(root, "examples", example, "change.yaml"), diagnostics);
        return rules is null || templates is null || change is null
            ? throw new InvalidOperationException(string.Join("\n", diagnostics.Sorted()))
            : new ExampleInputs(rules, templates, change);
    }
}
