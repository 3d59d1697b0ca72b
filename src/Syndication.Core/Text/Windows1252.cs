using System.Text;

namespace Syndication.Core.Text;

/// <summary>
/// The fallback for copy that is not UTF-8: desks on older Windows systems still send Windows-1252.
/// </summary>
internal static class Windows1252
{
    private static readonly Encoding s_encoding = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Code page 1252 is not available.");

    // Implementation note: .NET maps these five bytes to C1 controls rather than failing, but Windows-1252
    // leaves them undefined; a text holding one is not Windows-1252, and guessing would garble it.
    private static ReadOnlySpan<byte> UndefinedBytes => [0x81, 0x8D, 0x8F, 0x90, 0x9D];

    public static bool TryDecode(ReadOnlySpan<byte> input, out string text)
    {
        if (input.IndexOfAny(UndefinedBytes) >= 0)
        {
            text = string.Empty;
            return false;
        }

        text = s_encoding.GetString(input);
        return true;
    }
}
