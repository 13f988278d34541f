using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>
/// An uploaded file's name as the imports keep it (a BPJS list, an imported submission, the audit): at most
/// <see cref="MaxLength"/> characters, what the narrowest column keeping one holds. A longer name is refused before
/// anything is read, in words, rather than failing the save.
/// </summary>
public static class UploadedFileName
{
    public const int MaxLength = 255;

    /// <summary>Why the name cannot be kept, or null when it can.</summary>
    public static UserError? Problem(string fileName) =>
        fileName.Length <= MaxLength
            ? null
            : new UserError("FILE_NAME_TOO_LONG", $"Nama berkas terlalu panjang: paling banyak {MaxLength} karakter. Ganti nama berkasnya, lalu unggah lagi.", "fileName")
                { Values = MessageValues.Of(("max", MaxLength)) };
}
