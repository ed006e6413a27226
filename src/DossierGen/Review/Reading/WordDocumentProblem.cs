namespace DossierGen.Review.Reading;

/// <summary>Why bytes cannot be read as a Word document.</summary>
/// <param name="Part">The zip entry or package part at fault, or "" when the file as a whole is (not a zip, too large).</param>
/// <param name="Reason">What is wrong with it, in words for the user.</param>
public sealed record WordDocumentProblem(string Part, string Reason)
{
    public override string ToString() => Part.Length == 0 ? Reason : $"{Part}: {Reason}";
}
