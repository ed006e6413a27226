using Markdig.Syntax;

namespace DossierGen.Word.Blocks;

/// <summary>Link reference definitions are resolved by Markdig and print nothing.</summary>
public sealed class LinkReferenceDefinitionGroupRenderer : WordObjectRenderer<LinkReferenceDefinitionGroup>
{
    protected override void Write(WordRenderer renderer, LinkReferenceDefinitionGroup obj)
    {
    }
}
