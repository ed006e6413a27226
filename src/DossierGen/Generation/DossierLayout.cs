namespace DossierGen.Generation;

/// <summary>How a change's documents are arranged in its dossier folder (recorded in its manifest).</summary>
public enum DossierLayout
{
    /// <summary>US/, EU/ and JP/ with each market's Module 1, M3/ with the one Module 3 set all markets share.</summary>
    Markets,

    /// <summary>The eCTD v3.2.2 tree: m1/us, m1/eu, m1/jp and m3/32-body-data/... with the ICH folder and file names.</summary>
    Ectd,
}
