using DossierGen.Pipeline;
using DossierGen.Web.Folder;

namespace DossierGen.Web.Hosting;

/// <summary>What every route works from: the served folder and the loader that caches rules and templates across requests.</summary>
/// <param name="OutputRoot">A per-run temporary folder the workbench generates dossiers into (never DIR unless asked).</param>
public sealed record WorkbenchState(WorkspaceFolder Folder, ChangeLoader Loader, WorkbenchOptions Options, string OutputRoot);
