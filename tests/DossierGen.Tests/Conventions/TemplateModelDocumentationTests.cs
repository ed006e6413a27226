using DossierGen.Templates.Engine;
using DossierGen.Templates.Model;
using DossierGen.Tests.Support;

namespace DossierGen.Tests.Conventions;

/// <summary>The template model is documented: every type and member a template can reach is in templates/README.md.</summary>
public sealed class TemplateModelDocumentationTests
{
    [Fact]
    public void EveryTypeAndMemberOfTheTemplateModelIsInTheTemplatesReadme()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Templates, "README.md"));
        var missing = new List<string>();
        foreach (var type in Reachable(typeof(SectionModel)).Concat(Reachable(typeof(AssessmentModel))).Distinct())
        {
            if (!readme.Contains($"`{type.Name}`", StringComparison.Ordinal))
            {
                missing.Add(type.Name);
            }

            missing.AddRange(type.GetProperties().Select(p => ModelNames.Of(p)).Where(name => !readme.Contains($"`{name}`", StringComparison.Ordinal)).Select(name => $"{type.Name}.{name}"));
        }

        Assert.True(missing.Count == 0, "not in templates/README.md: " + string.Join(", ", missing));
    }

    /// <summary>The model type and every model type its members hold, directly or as list items.</summary>
    private static IEnumerable<Type> Reachable(Type type)
    {
        yield return type;
        foreach (var property in type.GetProperties())
        {
            var held = property.PropertyType.IsGenericType ? property.PropertyType.GetGenericArguments()[0] : property.PropertyType;
            if (held.Namespace == typeof(SectionModel).Namespace)
            {
                foreach (var inner in Reachable(held))
                {
                    yield return inner;
                }
            }
        }
    }
}
