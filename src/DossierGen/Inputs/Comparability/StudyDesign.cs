namespace DossierGen.Inputs.Comparability;

public enum StudyDesign
{
    /// <summary>Pre- and post-change lots made independently of each other.</summary>
    Independent,

    /// <summary>Split-source: each pair holds one pre and one post lot made from the same donor or source material.</summary>
    Paired,
}
