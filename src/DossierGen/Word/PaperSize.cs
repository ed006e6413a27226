namespace DossierGen.Word;

/// <summary>The paper a document is laid out on: US Letter for US documents, A4 everywhere else.</summary>
public enum PaperSize
{
    A4,
    Letter,
}
