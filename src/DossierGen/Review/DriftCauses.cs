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
            using var oldStream = committed.Stream();
            using var oldDocument = CheckedDocx.Open(oldStream);
            using var newStream = CheckedDocx.Of(generatedDocx).Stream();
            using var newDocument = CheckedDocx.Open(newStream);
            var before = Redliner.Properties(oldDocument);
            return before.Count == 0 ? [] : [.. CauseFinder.Compare(before, Redliner.Properties(newDocument)).Select(c => c.Description)];
        }
        catch (InvalidDataException)
        {
            return [];
        }
    }
}
