using System.Diagnostics.CodeAnalysis;

namespace Syndication.Cli.Partners;

/// <summary>Reads a partners file's text, or says on stderr why it cannot.</summary>
internal static class PartnersFileText
{
    internal static bool TryRead(string file, [NotNullWhen(true)] out string? text)
    {
        try
        {
            text = File.ReadAllText(file);
            return true;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{file}: cannot be read: {exception.Message}");
            text = null;
            return false;
        }
    }
}
