using System.Diagnostics;
using System.Globalization;
using DossierGen.Assessment;
using DossierGen.Diagnostics;
using DossierGen.Generation;

namespace DossierGen.Benchmarks;

/// <summary>
/// Generates one example's whole dossier 1,000 times in one process and prints the managed heap
/// and working set after forced collections, to show memory stays flat (no leak per generation).
/// Run: dotnet run -c Release --project benchmarks/DossierGen.Benchmarks -- memory
/// </summary>
internal static class MemoryRun
{
    public static void Run(int generations = 1000)
    {
        var (rules, templates, change) = ExampleInputs.Load();
        var watch = Stopwatch.StartNew();
        for (var i = 1; i <= generations; i++)
        {
            var assessment = AssessmentEngine.Assess(change, rules, change.ImplementationDate!.Value);
            _ = DossierGenerator.Generate(assessment, templates, new DiagnosticBag());
            if (i is 1 or 10 or 100 or 250 or 500 or 750 or 1000)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"after {i,5} generations: managed heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0,6:0.0} MB, working set {Environment.WorkingSet / 1024.0 / 1024.0,6:0.0} MB, {watch.Elapsed.TotalMilliseconds / i,6:0.0} ms per dossier"));
            }
        }
    }
}
