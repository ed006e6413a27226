namespace DossierGen.Review.Reading;

/// <summary>What the package check needs to know of one XML part after reading it once.</summary>
internal sealed class XmlPartScan
{
    public string RootNamespace { get; set; } = "";

    public string RootName { get; set; } = "";

    /// <summary>The local names of the root's children in the WordprocessingML namespace (body for a main document).</summary>
    public HashSet<string> WordChildren { get; } = new(StringComparer.Ordinal);

    /// <summary>For a .rels part: its relationships.</summary>
    public List<PackageRelationship> Relationships { get; } = [];

    /// <summary>For [Content_Types].xml: content type by extension (Default) and by part name (Override).</summary>
    public Dictionary<string, string> Defaults { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, string> Overrides { get; } = new(StringComparer.OrdinalIgnoreCase);
}
