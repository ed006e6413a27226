using DossierGen.Assessment;
using DossierGen.Pipeline;

namespace DossierGen.Web.Assessment;

/// <summary>A change file of the served folder, read, assessed as of a date.</summary>
/// <param name="RelativePath">Its path in the served folder, as in URLs.</param>
public sealed record AssessedChange(string RelativePath, LoadedChange Loaded, ChangeAssessment Assessment);
