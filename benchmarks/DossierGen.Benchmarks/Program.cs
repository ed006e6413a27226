using BenchmarkDotNet.Running;

if (args is ["profile", ..])
{
    DossierGen.Benchmarks.ComparabilityBenchmarks.Profile(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3, args is [_, _, "whole"]);
    return;
}

if (args is ["memory", ..])
{
    DossierGen.Benchmarks.MemoryRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DossierGen.Benchmarks.AssessmentBenchmarks).Assembly).Run(args);
