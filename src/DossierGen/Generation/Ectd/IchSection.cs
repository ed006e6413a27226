namespace DossierGen.Generation.Ectd;

/// <summary>One ICH M4Q section of Module 3 as an eCTD leaf.</summary>
/// <param name="Number">The CTD number, such as <c>3.2.S.2.6</c>.</param>
/// <param name="Title">The M4Q title, exactly as ICH writes it (without the number).</param>
/// <param name="Folder">The eCTD v3.2.2 Appendix 4 folder, relative to <c>m3/</c>.</param>
/// <param name="FileName">The Appendix 4 file name of the leaf, without extension.</param>
public sealed record IchSection(string Number, string Title, string Folder, string FileName)
{
    /// <summary>The leaf's path in the eCTD tree, relative to the tree's root, without extension.</summary>
    public string EctdPath => $"m3/{Folder}/{FileName}";

    /// <summary>The leaf's file name in the per-market layout: the number first, so files sort in CTD order.</summary>
    public string MarketFile => $"{Number}-{FileName}";
}
