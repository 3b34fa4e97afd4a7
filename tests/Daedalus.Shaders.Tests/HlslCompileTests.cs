using System.Diagnostics;
using Daedalus.Shaders.Tests.Shaders;

namespace Daedalus.Shaders.Tests;

/// <summary>The HLSL the generator emitted for each test shader compiles with glslc (shaderc's command line).</summary>
public sealed class HlslCompileTests
{
    public static TheoryData<string, string> Shaders => new()
    {
        { nameof(ScaleAddShader), ScaleAddShader.HlslSource },
        { nameof(IntrinsicsShader), IntrinsicsShader.HlslSource },
        { nameof(CollatzShader), CollatzShader.HlslSource },
        { nameof(ParticleShader), ParticleShader.HlslSource },
        { nameof(BitsShader), BitsShader.HlslSource },
        { nameof(ConstantsShader), ConstantsShader.HlslSource },
        { nameof(Ids3DShader), Ids3DShader.HlslSource },
        { nameof(Ids2DShader), Ids2DShader.HlslSource },
        { nameof(Ids1D256Shader), Ids1D256Shader.HlslSource },
        { nameof(BlurShader), BlurShader.HlslSource },
    };

    [Theory]
    [MemberData(nameof(Shaders))]
    public void Glslc_accepts_the_generated_hlsl(string name, string hlsl)
    {
        Assert.False(string.IsNullOrEmpty(hlsl), $"{name} has no HLSL");
        Assert.Contains("[numthreads(", hlsl);
        var directory = Directory.CreateTempSubdirectory("daedalus-test-");
        try
        {
            var source = Path.Combine(directory.FullName, name + ".hlsl");
            File.WriteAllText(source, hlsl);
            var start = new ProcessStartInfo("glslc") { RedirectStandardError = true, RedirectStandardOutput = true };
            foreach (var argument in new[] { "-fshader-stage=compute", "-x", "hlsl", source, "-o", source + ".spv" }) start.ArgumentList.Add(argument);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception exception)
            {
                throw new InvalidOperationException("glslc is not installed (scripts/install-prerequisites.sh installs it).", exception);
            }
            var errors = process.StandardError.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, $"glslc rejected {name}:\n{errors}\n{hlsl}");
        }
        finally
        {
            directory.Delete(true);
        }
    }
}
