using BenchmarkDotNet.Running;

if (args is ["profile", ..])
{
    DossierGen.Benchmarks.ComparabilityBenchmarks.Profile();
    return;
}

if (args is ["memory", ..])
{
    DossierGen.Benchmarks.MemoryRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(DossierGen.Benchmarks.AssessmentBenchmarks).Assembly).Run(args);
