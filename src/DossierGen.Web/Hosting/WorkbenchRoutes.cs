using DossierGen.Web.Assessment;
using DossierGen.Web.Documents;
using DossierGen.Web.Folder;
using Microsoft.AspNetCore.Builder;

namespace DossierGen.Web.Hosting;

/// <summary>
/// Every route of the workbench, one module per view. A new view (the change editor) adds its
/// module's Map call here and keeps its routes in its own folder.
/// </summary>
internal static class WorkbenchRoutes
{
    public static void Map(WebApplication app, WorkbenchState state)
    {
        AssetRoutes.Map(app);
        FolderRoutes.Map(app, state);
        AssessmentRoutes.Map(app, state);
        ExplanationRoutes.Map(app, state);
        ReassessRoute.Map(app, state);
        DocumentRoutes.Map(app, state);
        Editor.EditorRoutes.Map(app, state);
    }
}
