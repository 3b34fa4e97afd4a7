using System.IO.Compression;
using System.Xml.Linq;
using Daedalus.Sqlite.Tests.Support;

namespace Daedalus.Sqlite.Tests.Package;

/// <summary>The path a user takes: reference the packed Daedalus.Sqlite from a local feed, open a store, build and run.</summary>
[Trait("Category", "Package")]
public sealed class SqlitePackageTests(SqlitePackageFixture package) : IClassFixture<SqlitePackageFixture>
{
    [Fact]
    public void The_package_holds_its_library_and_depends_on_Daedalus_and_Microsoft_Data_Sqlite_only()
    {
        using var archive = ZipFile.OpenRead(package.Package);
        var entries = archive.Entries.Select(entry => entry.FullName).ToArray();
        using var nuspec = archive.GetEntry("Daedalus.Sqlite.nuspec")!.Open();
        var dependencies = XDocument.Load(nuspec).Descendants().Where(element => element.Name.LocalName == "dependency")
            .Select(element => $"{element.Attribute("id")?.Value} {element.Attribute("version")?.Value}").Order();

        Assert.Equal(["lib/net10.0/Daedalus.Sqlite.dll"], entries.Where(name => name.EndsWith(".dll", StringComparison.Ordinal)));
        Assert.Contains("lib/net10.0/Daedalus.Sqlite.xml", entries);
        Assert.Contains("README.md", entries);
        Assert.Equal([$"Daedalus {package.Version}", "Microsoft.Data.Sqlite 10.0.15"], dependencies);
    }

    [Fact]
    public void A_consumer_stores_a_run_and_resumes_it_in_a_second_process()
    {
        using var folder = new TempFolder();
        const string Program = """
            using System.Text;
            using Daedalus.Runtime;
            using Daedalus.Sqlite;

            using var store = SqliteRunStore.Open(args[0]);
            using var session = store.OpenRun("nightly", "etl");
            if (session.Status == DurableRunStatus.New)
            {
                var data = Encoding.UTF8.GetBytes("42 items");
                var blob = new StoredBlob(ContentHash.Of(data), data);
                var result = new NodeResultRecord(ContentHash.Of(Encoding.UTF8.GetBytes("extract#1")), [new StoredBlobRef(blob.Hash, 42, data.Length)]);
                session.Commit(new RunCommit([blob], [new NodeRecord("extract", result)], new RunTotals(1, TimeSpan.FromSeconds(2), new Dictionary<string, long>()), DurableRunStatus.Completed));
                Console.WriteLine("stored");
            }
            else
            {
                var output = session.Recorded["extract"].Outputs[0];
                Console.WriteLine($"resumed {session.Status}: {Encoding.UTF8.GetString(session.ReadBlob(output.Hash))} ({output.Items} items)");
            }
            """;

        var runs = package.BuildAndRun(Program, 2, folder.Store);

        Assert.All(runs, run => Assert.True(run.ExitCode == 0, run.Output));
        var (first, second) = (runs[0], runs[1]);
        Assert.Contains("stored", first.Output);
        Assert.Contains("resumed Completed: 42 items (42 items)", second.Output);
    }
}
