using Markdig.Renderers;
using Markdig.Syntax;

namespace DossierGen.Word;

/// <summary>Base of the per-node Word renderers.</summary>
public abstract class WordObjectRenderer<TObject> : MarkdownObjectRenderer<WordRenderer, TObject>
    where TObject : MarkdownObject;
