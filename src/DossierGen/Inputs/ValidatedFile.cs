namespace DossierGen.Inputs;

/// <summary>What <c>validate</c> found a file to be, for its one-line report.</summary>
public sealed record ValidatedFile(string Path, string Kind, string Summary);
