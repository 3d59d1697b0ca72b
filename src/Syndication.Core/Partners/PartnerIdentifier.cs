namespace Syndication.Core.Partners;

/// <summary>
/// The rule for the names the partners file gives its own things (partner ids, feed names, template names):
/// they end up in URLs and file names, so ASCII letters, digits, '-' and '_', 1 to 64 of them, starting with
/// a letter or digit.
/// </summary>
public static class PartnerIdentifier
{
    public const int MaxLength = 64;

    /// <summary>The rule in words, for error messages.</summary>
    public const string Rule = "use 1 to 64 ASCII letters, digits, '-' or '_', starting with a letter or digit";

    public static bool IsValid(string? name) =>
        name is { Length: > 0 and <= MaxLength }
        && char.IsAsciiLetterOrDigit(name[0])
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
