namespace DossierGen.Impact;

/// <param name="Affects">Evidence kinds the change touches; empty means everything the file supplies.</param>
public sealed record MasterFileChange(string Id, string MasterFileId, string Summary, string Significance, DateOnly? Date, IReadOnlyList<string> Affects, string SourcePath);
