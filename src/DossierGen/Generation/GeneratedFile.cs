namespace DossierGen.Generation;

/// <param name="RelativePath">The path under the output folder, with forward slashes.</param>
public sealed record GeneratedFile(string RelativePath, byte[] Content);
