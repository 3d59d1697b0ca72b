using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Core.Formats.Templates;

/// <summary>Why a template was refused, and where in its source when the parser said so.</summary>
/// <param name="Reason">The parser's message ("'{% endif %}' was expected"), or ours.</param>
/// <param name="Line">The 1-based line of the fault, when known.</param>
/// <param name="Column">The 1-based column of the fault, when known.</param>
public sealed partial record TemplateError(string Reason, int? Line, int? Column)
{
    /// <summary>A Fluid parse error: its message ends its first line with " at (line:column)".</summary>
    internal static TemplateError FromFluid(string message)
    {
        // Implementation note: Fluid 2.41 gives the position only inside the message text (TryParse has no
        // structured error), so it is read back from there; a test pins the shape.
        var firstLine = message.Split('\n', 2)[0].TrimEnd();
        var match = FluidPosition().Match(firstLine);
        return match.Success
            ? new TemplateError(match.Groups["reason"].Value, Number(match.Groups["line"].Value), Number(match.Groups["column"].Value))
            : new TemplateError(firstLine, null, null);
    }

    public override string ToString() =>
        Line is { } line ? string.Create(CultureInfo.InvariantCulture, $"line {line}, column {Column}: {Reason}") : Reason;

    private static int Number(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<reason>.*) at \((?<line>\d+):(?<column>\d+)\)$")]
    private static partial Regex FluidPosition();
}
