using DossierGen.Inputs;

namespace DossierGen.Web.Assessment;

/// <summary>Words the pages use for the library's values, as the assessment JSON spells them.</summary>
internal static class AssessmentNames
{
    public static string Stage(Stage stage) => stage == Inputs.Stage.Marketed ? "marketed" : "clinical";
}
