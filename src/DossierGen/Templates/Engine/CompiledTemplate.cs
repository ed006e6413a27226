using Scriban;

namespace DossierGen.Templates.Engine;

/// <summary>A template parsed and checked at load, and its fingerprint (template, partials and labels) for provenance.</summary>
internal sealed record CompiledTemplate(Template Parsed, string Fingerprint);
