using DossierGen.Diagnostics;
using DossierGen.Review.Reading;

namespace DossierGen.Review;

/// <summary>
/// Names what made a committed document drift: the provenance (inputs, rule fingerprints, template)
/// of the committed copy against the regenerated one's, as the redline's comments name it. The
/// provenance comes from the dossier's manifest; a document from before it moved there (or the
/// internal memo) carries it in its custom properties, read only through the checks every Word
/// input gets, so a hostile file yields no cause.
/// </summary>
internal static class DriftCauses
{
    /// <param name="committed">The committed document's provenance from the committed manifest, or null to read its properties.</param>
    /// <param name="generated">The regenerated document's provenance from the new manifest, or null to read its properties.</param>
    public static IReadOnlyList<string> Of(string committedDocx, byte[] generatedDocx, IReadOnlyDictionary<string, string>? committed, IReadOnlyDictionary<string, string>? generated)
    {
        committed ??= WordDocumentFile.Read(committedDocx, new DiagnosticBag()) is { } document ? PropertiesOf(document) : new Dictionary<string, string>();
        if (committed.Count == 0)
        {
            return [];
        }

        try
        {
            return Between(committed, generated ?? PropertiesOf(CheckedDocx.Of(generatedDocx)));
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>The causes between two provenances; none when the older one is empty (not from DossierGen).</summary>
    public static IReadOnlyList<string> Between(IReadOnlyDictionary<string, string> before, IReadOnlyDictionary<string, string> after) =>
        before.Count == 0 ? [] : [.. CauseFinder.Compare(before, after).Select(c => c.Description)];

    /// <summary>A document's custom properties; none when the Open XML SDK refuses a part.</summary>
    public static IReadOnlyDictionary<string, string> PropertiesOf(CheckedDocx docx)
    {
        try
        {
            using var stream = docx.Stream();
            using var document = CheckedDocx.Open(stream);
            return Redliner.Properties(document);
        }
        catch (InvalidDataException)
        {
            return new Dictionary<string, string>();
        }
    }
}
