using System.Text.Json.Nodes;
using DossierGen.Diagnostics;
using DossierGen.Editing;

namespace DossierGen.Tests.Editing;

/// <summary>Results copied from a spreadsheet (tab-separated, a header row of attribute names) become the study's results.</summary>
public sealed class ResultsPasteTests
{
    private static readonly string[] Lots = ["FR-24-001", "FR-24-002", "CK-26-001"];
    private static readonly string[] Attributes = ["Vector genome titre", "Potency", "Appearance"];

    [Fact]
    public void ATableCopiedFromExcelBecomesTheStudysResults()
    {
        const string pasted = "Lot\tVector genome titre\tPotency\tAppearance\r\nFR-24-001\t1.21E+13\t98.5\tconforms\r\nCK-26-001\t1.3e13\t\tconforms\r\n";
        var diagnostics = new DiagnosticBag();

        var results = ResultsPaste.Parse(pasted, Lots, Attributes, diagnostics)!;

        Assert.False(diagnostics.HasErrors);
        Assert.Equal(Attributes, results.Attributes);
        Assert.Equal(["FR-24-001", "CK-26-001"], results.Rows.Select(r => r.Lot));
        Assert.Equal(1.21e13, results.Rows[0].Values[0]!.Number);
        Assert.Equal("conforms", results.Rows[0].Values[2]!.Text);
        Assert.Null(results.Rows[1].Values[1]);
    }

    [Fact]
    public void PastedResultsReplaceThoseOfThePastedLotsOnly()
    {
        var study = JsonNode.Parse("""{"attributes": [{"name": "Potency", "results": {"FR-24-001": 90, "FR-24-002": 91}}, {"name": "Other"}]}""")!.AsObject();
        var results = ResultsPaste.Parse("\tPotency\nFR-24-001\t97.25\n", Lots, ["Potency", "Other"], new DiagnosticBag())!;

        results.Into(study);

        Assert.Equal("""{"FR-24-001":97.25,"FR-24-002":91}""", study["attributes"]![0]!["results"]!.ToJsonString());
        Assert.Null(study["attributes"]![1]!["results"]);
    }

    [Fact]
    public void ADecimalCommaIsRefusedWithAHintAtItsCell()
    {
        var diagnostics = new DiagnosticBag();

        var results = ResultsPaste.Parse("Lot\tPotency\nFR-24-001\t98,5\n", Lots, Attributes, diagnostics);

        Assert.Null(results);
        var fault = Assert.Single(diagnostics.Sorted());
        Assert.Equal(DiagnosticCodes.EditorPasteBadNumber, fault.Code);
        Assert.Equal((2, 2), (fault.Location.Line, fault.Location.Column));
        Assert.Contains("98.5", fault.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnUnknownAttributeOrLotIsNamedWithAHint()
    {
        var diagnostics = new DiagnosticBag();

        var results = ResultsPaste.Parse("Lot\tPotancy\nFR-24-009\t1\n", Lots, Attributes, diagnostics);

        Assert.Null(results);
        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.EditorPasteNoHeader && d.Message.Contains("Potency", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Sorted(), d => d.Code == DiagnosticCodes.EditorPasteUnknownLot && d.Location.Line == 2);
    }

    [Fact]
    public void ARowLongerThanTheHeaderOrAPasteWithoutRowsIsRefused()
    {
        var ragged = new DiagnosticBag();
        var empty = new DiagnosticBag();

        Assert.Null(ResultsPaste.Parse("Lot\tPotency\nFR-24-001\t1\t2\n", Lots, Attributes, ragged));
        Assert.Null(ResultsPaste.Parse("Lot\tPotency\n", Lots, Attributes, empty));
        Assert.Equal(DiagnosticCodes.EditorPasteRaggedRow, Assert.Single(ragged.Sorted()).Code);
        Assert.Equal(DiagnosticCodes.EditorPasteNoHeader, Assert.Single(empty.Sorted()).Code);
    }
}
