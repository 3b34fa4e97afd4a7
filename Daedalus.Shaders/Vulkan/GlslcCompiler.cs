using System.Diagnostics;

namespace Daedalus.Shaders.Vulkan;

/// <summary>HLSL → SPIR-V through the glslc executable (shaderc's command line), when the library cannot load.</summary>
internal static class GlslcCompiler
{
    public static string? Path()
    {
        var file = OperatingSystem.IsWindows() ? "glslc.exe" : "glslc";
        var directories = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var directory in directories)
        {
            var candidate = System.IO.Path.Combine(directory, file);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static byte[] Compile(string name, string hlsl)
    {
        var glslc = Path() ?? throw new GpuUnavailableException("glslc is not on PATH (apt-get install glslc).");
        var directory = Directory.CreateTempSubdirectory("daedalus-hlsl-");
        try
        {
            var source = System.IO.Path.Combine(directory.FullName, "shader.hlsl");
            var target = System.IO.Path.Combine(directory.FullName, "shader.spv");
            File.WriteAllText(source, hlsl);
            var start = new ProcessStartInfo(glslc)
            {
                RedirectStandardError = true,
                RedirectStandardOutput = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-fshader-stage=compute", "-x", "hlsl", "-O", "-fentry-point=main", source, "-o", target })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start) ?? throw new GpuUnavailableException($"Could not start {glslc}.");
            var errors = process.StandardError.ReadToEnd();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"glslc rejected the HLSL of {name}: {errors}\n{hlsl}");
            return File.ReadAllBytes(target);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
