using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// The first sheet of an XLSX, read as a stream of XML (never a whole document in memory) within
/// <see cref="SheetLimits"/>: numbers as invariant text (an Excel date is its serial number, e.g. 45292), shared and
/// inline strings as their text, merged cells refused because a merged cell's value belongs to one row only.
/// </summary>
internal static class XlsxSheet
{
    public static UploadedSheet Read(byte[] file)
    {
        using var package = XlsxPackage.Open(file);
        var (sheetPart, sharedStringsPart) = package.Parts();
        var shared = sharedStringsPart is null ? [] : SharedStrings(package, sharedStringsPart);
        var rows = new List<SheetRow>();
        using var reader = package.Read(sheetPart);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (reader.LocalName == "row") ReadRow(reader, shared, rows);
            else if (reader.LocalName == "mergeCell")
            {
                var merged = CellName.Shown(reader.GetAttribute("ref") ?? "");
                return UploadedSheet.Refused("MERGED_CELLS",
                    $"Ada sel gabungan ({merged}). Pisahkan dulu sel gabungan (Unmerge) sebelum mengunggah.", ("cells", merged));
            }
        }
        return rows.Count == 0 ? UploadedSheet.Refused("FIRST_SHEET_EMPTY", "Lembar pertama kosong.") : new UploadedSheet(rows, null);
    }

    private static void ReadRow(XmlReader reader, List<string?> shared, List<SheetRow> rows)
    {
        var line = reader.GetAttribute("r") is { } r
            ? int.TryParse(r, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0 ? number : throw new InvalidDataException("Bad row number.")
            : rows.Count + 1;
        var cells = new List<string>();
        foreach (var _ in Children(reader, "c"))
        {
            var reference = reader.GetAttribute("r");
            var column = reference is null ? cells.Count : CellName.Column(reference) ?? cells.Count;
            var cell = reference is null ? CellName.Of(column, line) : CellName.Shown(reference);
            var text = CellText(reader, cell, shared);
            if (column >= SheetLimits.MaxColumns)
            {
                if (text.Length > 0) throw SheetLimits.ColumnOutOfRange(cell);
                continue;
            }
            while (cells.Count <= column) cells.Add("");
            cells[column] = text;
        }
        if (!cells.All(string.IsNullOrWhiteSpace)) SheetLimits.AddRow(rows, new SheetRow(line, cells));
    }

    /// <summary>The text of the cell the reader is on: its value (<c>v</c>), else its inline string.</summary>
    private static string CellText(XmlReader reader, string cell, List<string?> shared)
    {
        var type = reader.GetAttribute("t");
        string? value = null;
        var inline = new StringBuilder();
        foreach (var name in Children(reader, "v", "is"))
        {
            if (name == "v") value = Text(reader, cell);
            else InlineText(reader, inline, cell);
        }
        value ??= inline.ToString();
        if (type == "s" && value.Length > 0)
        {
            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var index) || index >= shared.Count)
                throw SheetLimits.BadSharedString(cell);
            return shared[index] ?? throw SheetLimits.CellTooLong(cell);
        }
        if (type is null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
            return number.ToString(CultureInfo.InvariantCulture);
        return value;
    }

    /// <summary>Every string of the workbook; one longer than a cell may be is kept as null, refused if a cell of the sheet uses it.</summary>
    private static List<string?> SharedStrings(XlsxPackage package, string part)
    {
        var strings = new List<string?>();
        using var reader = package.Read(part);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "si") continue;
            var text = new StringBuilder();
            strings.Add(InlineText(reader, text, cell: null) ? text.ToString() : null);
        }
        return strings;
    }

    /// <summary>
    /// Appends the text of the string element the reader is on (<c>si</c> or <c>is</c>: a <c>t</c>, or rich-text runs
    /// <c>r/t</c>; not the phonetic guide <c>rPh</c>). False when it is longer than a cell may be, which names
    /// <paramref name="cell"/> when given.
    /// </summary>
    private static bool InlineText(XmlReader reader, StringBuilder text, string? cell)
    {
        foreach (var name in Children(reader, "t", "r"))
        {
            if (name == "r")
            {
                foreach (var _ in Children(reader, "t"))
                    if (!AppendText(reader, text, cell)) return false;
            }
            else if (!AppendText(reader, text, cell)) return false;
        }
        return true;
    }

    private static bool AppendText(XmlReader reader, StringBuilder text, string? cell)
    {
        var more = Text(reader, cell, SheetLimits.MaxCellLength - text.Length);
        if (more is null) return false;
        text.Append(more);
        return true;
    }

    private static string Text(XmlReader reader, string cell) => Text(reader, cell, SheetLimits.MaxCellLength)!;

    /// <summary>
    /// The text of the element the reader is on, read in chunks so that a long one is refused after
    /// <paramref name="max"/> characters, not after all of them: naming <paramref name="cell"/>, or null when none is given.
    /// </summary>
    private static string? Text(XmlReader reader, string? cell, int max)
    {
        if (reader.IsEmptyElement) return "";
        var depth = reader.Depth;
        var text = new StringBuilder();
        // Rented, not allocated: a sheet has hundreds of thousands of cells.
        var chunk = ArrayPool<char>.Shared.Rent(1024);
        try
        {
            while (reader.Read() && reader.Depth > depth)
            {
                if (reader.NodeType is not (XmlNodeType.Text or XmlNodeType.CDATA or XmlNodeType.Whitespace or XmlNodeType.SignificantWhitespace)) continue;
                for (int read; (read = reader.ReadValueChunk(chunk, 0, chunk.Length)) > 0;)
                {
                    if (text.Length + read > max) return cell is null ? null : throw SheetLimits.CellTooLong(cell);
                    text.Append(chunk, 0, read);
                }
            }
            return text.ToString();
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chunk);
        }
    }

    /// <summary>
    /// Moves through the child elements of the element the reader is on, stopping on each one named and yielding its
    /// name; the caller reads it to its end. Other children are passed over. Ends on the element's end,
    /// as every reader here does, so that the next <c>Read</c> goes on after it.
    /// </summary>
    private static IEnumerable<string> Children(XmlReader reader, params string[] names)
    {
        if (reader.IsEmptyElement) yield break;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth)
        {
            if (reader.NodeType != XmlNodeType.Element) continue;
            if (names.Contains(reader.LocalName)) yield return reader.LocalName;
            else ToEnd(reader);
        }
    }

    private static void ToEnd(XmlReader reader)
    {
        if (reader.IsEmptyElement) return;
        var depth = reader.Depth;
        while (reader.Read() && reader.Depth > depth) { }
    }
}
