using DossierGen.Diagnostics;
using DossierGen.Inputs;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Inputs;

public sealed class ChangeFileReaderTests
{
    private static readonly string ValidFolder = Path.Combine(RepositoryPaths.TestInputs, "Valid");

    private static ChangeDescription ReadValid()
    {
        var diagnostics = new DiagnosticBag();
        var change = new ChangeFileReader(new InputSources([Path.Combine(ValidFolder, "master-files")]))
            .Read(Path.Combine(ValidFolder, "change.yaml"), diagnostics);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return change!;
    }

    [Fact]
    public void MarketsComeInContractOrderWhateverOrderTheFileUses()
    {
        var change = ReadValid();

        Assert.Equal([Market.US, Market.JP], change.Markets);
        Assert.Equal([Market.US, Market.EU, Market.JP], change.Product.Markets.Select(m => m.Market));
    }

    [Fact]
    public void KindFactsAreBoundByNameWithTheKindsDefaults()
    {
        var site = ReadValid().Changes[1];

        Assert.Equal(new FactValue.Text("testing"), site.Fact("operation"));
        Assert.Equal(new FactValue.Text("new"), site.Fact("site-status"));
        Assert.Equal(new FactValue.Flag(true), site.Fact("biological-methods"));
        Assert.Equal("partial-change-item", site.JapanApprovalForm);
        Assert.True(site.InDossier);
        Assert.Equal("low", site.Risk.CqaImpact);
        Assert.Equal(["potency"], site.Risk.AffectedCqas);
    }

    [Fact]
    public void VolumesAreReadIntoQuantities()
    {
        var scale = ReadValid().Changes[2];

        Assert.Equal(500m, Assert.IsType<FactValue.Quantity>(scale.Fact("to")).Value.Litres);
    }

    [Fact]
    public void AMasterFileReferencedByIdIsFoundWithItsAuthorizations()
    {
        var use = Assert.Single(ReadValid().MasterFiles);

        Assert.Equal("TEST-LVV", use.File.Id);
        Assert.Equal(new DateOnly(2026, 5, 1), use.Authorizations[Market.US]);
        Assert.Equal("starting-material", use.File.FilingIn(Market.US)!.Content);
        Assert.Null(use.File.FilingIn(Market.EU));
    }

    [Fact]
    public void AgreementsAndDatesAreBound()
    {
        var change = ReadValid();

        Assert.Equal(new DateOnly(2027, 3, 1), change.ImplementationDate);
        var plan = Assert.Single(change.Agreements);
        Assert.Equal((Market.JP, "change-plan"), (plan.Market, plan.Kind));
        Assert.Equal(["C2"], plan.Covers);
    }

    [Fact]
    public void AnInlineProductIsReadWithTheChangeFile()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("change.yaml"), """
            format: dossiergen/change@1
            id: CC-INLINE
            product:
              name: Inlinevec
              modality: aav
              markets:
                EU: { stage: clinical }
            changes:
              - id: C1
                kind: administrative
                summary: Site renamed
                nature: site-name-or-address
            """);
        var diagnostics = new DiagnosticBag();

        var change = new ChangeFileReader(InputSources.None).Read(scratch.File("change.yaml"), diagnostics);

        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        Assert.Equal("Inlinevec", change!.Product.Name);
        Assert.Equal([Market.EU], change.Markets);
        Assert.Equal("CC-INLINE", change.Title);
    }

    [Fact]
    public void AnAuthorizationForAMarketWithoutFilingIsAWarningNotAnError()
    {
        using var scratch = new TemporaryDirectory();
        File.Copy(Path.Combine(ValidFolder, "product.yaml"), scratch.File("product.yaml"));
        File.WriteAllText(scratch.File("mf.yaml"), """
            format: dossiergen/master-file@1
            id: US-ONLY
            title: US-only plasmid file
            holder: Plasmid Co
            filings:
              US: { number: BB-MF 1, content: starting-material }
            covers: { items: [plasmid] }
            """);
        File.WriteAllText(scratch.File("change.yaml"), """
            format: dossiergen/change@1
            id: CC-1
            product: product.yaml
            changes:
              - id: C1
                kind: starting-material
                summary: New plasmid supplier
                item: plasmid
                nature: new-manufacturer
            master-files:
              - ref: ./mf.yaml
                authorizations: { JP: 2026-01-01 }
            """);
        var diagnostics = new DiagnosticBag();

        var change = new ChangeFileReader(InputSources.None).Read(scratch.File("change.yaml"), diagnostics);

        Assert.NotNull(change);
        var warning = Assert.Single(diagnostics.Sorted());
        Assert.Equal((DiagnosticSeverity.Warning, DiagnosticCodes.AuthorizationWithoutFiling), (warning.Severity, warning.Code));
    }

    [Fact]
    public void AnAgreementForAClinicalMarketOrDatedAfterImplementationIsAWarning()
    {
        using var scratch = new TemporaryDirectory();
        File.WriteAllText(scratch.File("change.yaml"), """
            format: dossiergen/change@1
            id: CC-1
            product:
              name: Testvec
              modality: aav
              markets:
                US: { stage: clinical }
                EU: { stage: marketed }
            implementation-date: 2026-03-01
            changes:
              - id: C1
                kind: administrative
                summary: Renamed
                nature: site-name-or-address
            agreements:
              - { kind: comparability-protocol, market: US, reference: X, approved: 2025-01-01, covers: [C1] }
              - { kind: pacmp, market: EU, reference: Y, approved: 2026-05-01, covers: [C1] }
            """);
        var diagnostics = new DiagnosticBag();

        var change = new ChangeFileReader(InputSources.None).Read(scratch.File("change.yaml"), diagnostics);

        Assert.NotNull(change);
        Assert.Equal([DiagnosticCodes.AgreementForClinicalMarket, DiagnosticCodes.DateAfterImplementation], diagnostics.Sorted().Select(d => d.Code));
        Assert.All(diagnostics.Sorted(), d => Assert.Equal(DiagnosticSeverity.Warning, d.Severity));
    }
}
