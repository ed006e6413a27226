namespace DossierGen.Rules;

/// <param name="Source">The fact base's source id (S1 ... S59), so a reviewer can trace the citation.</param>
/// <param name="Date">The document's date as cited (a year, a month or a day).</param>
public sealed record Citation(string Document, string? Section, string? Date, string? Source)
{
    public override string ToString() =>
        Document + (Section is null ? "" : ", " + Section) + (Date is null ? "" : " (" + Date + ")") + (Source is null ? "" : " [" + Source + "]");
}
