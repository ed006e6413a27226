namespace DossierGen.Publishing;

/// <summary>One Word document to convert.</summary>
/// <param name="Target">Where its PDF will be written, for diagnostics.</param>
/// <param name="Date">The document's date, which the PDF carries as its creation date.</param>
public sealed record PdfJob(string Target, byte[] Docx, DateOnly Date);
