namespace DossierGen.Review.Reading;

/// <summary>One relationship of a package's .rels part, as written.</summary>
/// <param name="TargetMode">Internal (a part of this package) or External (a link); anything else is refused.</param>
internal sealed record PackageRelationship(string Id, string Type, string Target, string TargetMode, int Line);
