namespace DossierGen.Word.Captions;

/// <summary>What a caption numbers; each kind counts on its own through a document.</summary>
public enum CaptionKind
{
    Table,
    Figure,
}
