namespace Daedalus;

/// <summary>
/// Makes a <c>[Process]</c> method work on windows of items instead of single items (N → 1).
/// On a method whose one input parameter is <c>ReadOnlySpan&lt;T&gt;</c>, the node is called with each
/// window; on an aggregate (<c>void Add(T item, ref TTotal total)</c>), the accumulator is published and
/// reset on each window boundary. A window closes when it holds <see cref="Count"/> items, when
/// <see cref="Milliseconds"/> have passed since its first item (checked when the next item arrives), and
/// at the end of the run (a partial window; an empty one is never published).
/// </summary>
/// <example>
/// <code>
/// [Process, Window(Count = 100)]
/// public double Mean(ReadOnlySpan&lt;double&gt; values) { ... }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Method, Inherited = false)]
public sealed class WindowAttribute : Attribute
{
    /// <summary>The most items in a window; 0 for a window closed by time only.</summary>
    public int Count { get; set; }

    /// <summary>How long a window stays open after its first item; 0 for a window closed by count only.</summary>
    public int Milliseconds { get; set; }
}
