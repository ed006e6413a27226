namespace DossierGen.Yaml;

/// <summary>The type a scalar resolves to under the YAML 1.2 core schema.</summary>
public enum YamlScalarKind
{
    Null,
    Boolean,
    WholeNumber,
    RealNumber,
    Text,
}
