using DossierGen.Diagnostics;
using DossierGen.Generation;
using DossierGen.Review.Reading;

namespace DossierGen.Review;

/// <summary>
/// Names what made a committed document drift: the provenance (inputs, rule fingerprints, template)
/// of the committed copy against the regenerated one's, as the redline's comments name it. The
/// committed copy is read only through the checks every Word input gets, so a hostile file yields no cause.
/// </summary>
internal static class DriftCauses
{
    public static IReadOnlyList<string> Of(string committedDocx, byte[] generatedDocx)
    {
        if (WordDocumentFile.Read(committedDocx, new DiagnosticBag()) is not { } committed)
        {
            return [];
        }

        try
        {
            return Between(committed, CheckedDocx.Of(generatedDocx));
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }

    /// <summary>The causes between two documents' provenance; none when the older one has no provenance (not from DossierGen).</summary>
    /// <exception cref="InvalidDataException">The Open XML SDK refuses a part.</exception>
    public static IReadOnlyList<string> Between(CheckedDocx before, CheckedDocx after)
    {
        using var oldStream = before.Stream();
        using var oldDocument = CheckedDocx.Open(oldStream);
        using var newStream = after.Stream();
        using var newDocument = CheckedDocx.Open(newStream);
        var properties = Redliner.Properties(oldDocument);
        return properties.Count == 0 ? [] : [.. CauseFinder.Compare(properties, Redliner.Properties(newDocument)).Select(c => c.Description)];
    }
}
