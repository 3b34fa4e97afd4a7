namespace Daedalus.Shaders;

/// <summary>GPU work was required but no usable GPU is here; the message says what is missing.</summary>
public sealed class GpuUnavailableException : Exception
{
    public GpuUnavailableException(string message) : base(message)
    {
    }

    public GpuUnavailableException(string message, Exception inner) : base(message, inner)
    {
    }
}
