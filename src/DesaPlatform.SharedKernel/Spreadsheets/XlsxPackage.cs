using System.IO.Compression;
using System.Xml;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// The parts of an uploaded XLSX, read straight from its zip as XML streams, every byte inflated counted against
/// <see cref="SheetLimits.MaxInflatedBytes"/> as it is read (a zip's own sizes can lie). Finds the first sheet and the
/// shared strings through the package's relationships, as Excel does.
/// </summary>
internal sealed class XlsxPackage(ZipArchive zip) : IDisposable
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreWhitespace = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly Dictionary<string, ZipArchiveEntry> _entries = zip.Entries
        .GroupBy(e => e.FullName, StringComparer.OrdinalIgnoreCase)
        .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    private long _inflated;

    public static XlsxPackage Open(byte[] file) => new(new ZipArchive(new MemoryStream(file), ZipArchiveMode.Read));

    /// <summary>The first sheet's part and the shared strings' part (null when the workbook has none).</summary>
    public (string Sheet, string? SharedStrings) Parts()
    {
        var workbook = Relationships("").FirstOrDefault(r => r.Type.EndsWith("/officeDocument", StringComparison.Ordinal)).Target
                       ?? throw new InvalidDataException("No workbook.");
        var related = Relationships(workbook);
        var sheetId = FirstSheetId(workbook);
        var sheet = related.FirstOrDefault(r => r.Id == sheetId).Target ?? throw new InvalidDataException("No first sheet.");
        return (sheet, related.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target);
    }

    public XmlReader Read(string part) =>
        XmlReader.Create(new CountingStream(Entry(part).Open(), this), Settings);

    public void Dispose() => zip.Dispose();

    private ZipArchiveEntry Entry(string part) =>
        _entries.GetValueOrDefault(part) ?? throw new InvalidDataException("A part the workbook names is missing.");

    private string? FirstSheetId(string workbook)
    {
        using var reader = Read(workbook);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "sheet") continue;
            for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                if (reader.LocalName == "id" && reader.NamespaceURI.Length > 0) return reader.Value;
            return null;
        }
        return null;
    }

    /// <summary>The relationships of a part ("" for the package), with targets as part names.</summary>
    private List<(string Id, string Type, string? Target)> Relationships(string part)
    {
        var folder = part.Contains('/') ? part[..(part.LastIndexOf('/') + 1)] : "";
        var relationshipsPart = $"{folder}_rels/{part[folder.Length..]}.rels";
        var relationships = new List<(string, string, string?)>();
        using var reader = Read(relationshipsPart);
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "Relationship" || reader.GetAttribute("TargetMode") == "External") continue;
            relationships.Add((reader.GetAttribute("Id") ?? "", reader.GetAttribute("Type") ?? "", PartName(folder, reader.GetAttribute("Target"))));
        }
        return relationships;
    }

    /// <summary>A target relative to the folder of the part that names it (or absolute, starting with /) as a zip entry name.</summary>
    private static string? PartName(string folder, string? target)
    {
        if (target is null) return null;
        var segments = new List<string>();
        foreach (var segment in (target.StartsWith('/') ? target : folder + target).Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (segment == "..") { if (segments.Count > 0) segments.RemoveAt(segments.Count - 1); }
            else if (segment != ".") segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    private void Spend(int bytes)
    {
        _inflated += bytes;
        if (_inflated > SheetLimits.MaxInflatedBytes) throw SheetLimits.TooLarge();
    }

    private sealed class CountingStream(Stream inner, XlsxPackage package) : Stream
    {
        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = inner.Read(buffer, offset, count);
            package.Spend(read);
            return read;
        }

        public override int Read(Span<byte> buffer)
        {
            var read = inner.Read(buffer);
            package.Spend(read);
            return read;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }
    }
}
