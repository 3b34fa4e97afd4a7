namespace Daedalus.Benchmarks;

public static class Program
{
    public static int Main(string[] args) => BenchmarkApp.Run(args);
}
