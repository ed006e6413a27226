namespace DossierGen.Yaml;

public sealed record YamlEntry(YamlScalar Key, YamlNode Value);
