using DesaPlatform.SharedKernel.GraphQL;

namespace DesaPlatform.SharedKernel.Spreadsheets;

/// <summary>An uploaded file's bytes as a mutation receives them (<c>fileBase64</c>), or why they cannot be read.</summary>
public static class UploadedBytes
{
    public static readonly UserError NotBase64 = new("INVALID_FILE", "Isi berkas bukan base64.", "fileBase64");

    /// <summary>The bytes, or null when the text is not base64 (answer <see cref="NotBase64"/>).</summary>
    public static byte[]? Decode(string base64)
    {
        try
        {
            return Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
