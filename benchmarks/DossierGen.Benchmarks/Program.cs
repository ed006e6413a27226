using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(DossierGen.Benchmarks.AssessmentBenchmarks).Assembly).Run(args);
