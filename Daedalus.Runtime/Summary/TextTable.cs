using System.Text;

namespace Daedalus.Runtime;

/// <summary>
/// A fixed-width text table: a header, a rule of dashes under it, then rows, each column as wide as its
/// widest cell and two spaces apart. Text columns are left-aligned, numeric ones right-aligned.
/// </summary>
internal sealed class TextTable
{
    private const string Gap = "  ";
    private readonly (string Header, bool RightAligned)[] _columns;
    private readonly List<string[]> _rows = [];

    /// <summary>Creates a table; a header starting with <c>&gt;</c> marks a right-aligned column (the mark is not shown).</summary>
    public TextTable(params string[] headers) =>
        _columns = headers.Select(h => h.StartsWith('>') ? (h[1..], true) : (h, false)).ToArray();

    /// <summary>Adds a row of one cell per column.</summary>
    public void Add(params string[] cells)
    {
        if (cells.Length != _columns.Length) throw new ArgumentException($"A row needs {_columns.Length} cells, not {cells.Length}.", nameof(cells));
        _rows.Add(cells);
    }

    /// <summary>Writes the table, each line ending in <c>\n</c>, without trailing spaces.</summary>
    public void WriteTo(StringBuilder text)
    {
        var widths = _columns.Select((c, i) => _rows.Select(r => r[i].Length).Append(c.Header.Length).Max()).ToArray();
        WriteLine(text, _columns.Select(c => c.Header).ToArray(), widths);
        WriteLine(text, widths.Select(w => new string('-', w)).ToArray(), widths);
        foreach (var row in _rows) WriteLine(text, row, widths);
    }

    private void WriteLine(StringBuilder text, string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) line.Append(Gap);
            line.Append(_columns[i].RightAligned ? cells[i].PadLeft(widths[i]) : cells[i].PadRight(widths[i]));
        }
        text.Append(line.ToString().TrimEnd()).Append('\n');
    }
}
