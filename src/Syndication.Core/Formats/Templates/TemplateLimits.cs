using System.Globalization;
using Fluid.Values;

namespace Syndication.Core.Formats.Templates;

/// <summary>
/// How far a partner's template may go on one entry, and the checks that stop it: a template runs in the
/// worker's process, so one that loops for ever or doubles a string forty times must fail, not the worker.
/// </summary>
internal static class TemplateLimits
{
    /// <summary>Statements and loop iterations in one render (Fluid counts them); a story needs a few thousand.</summary>
    public const int MaxSteps = 100_000;

    /// <summary>How deeply blocks may nest.</summary>
    public const int MaxNesting = 32;

    /// <summary>Characters one render may write: a story with its full body is tens of thousands.</summary>
    public const int MaxOutputLength = 2_000_000;

    /// <summary>The size of any one value a template makes (a string's characters, a list's items and theirs).</summary>
    public const int MaxValueSize = 1_000_000;

    // Fluid 2.41 reports running out of steps with its message for too deep a recursion; with include and
    // render gone, only steps or nesting can raise it here.
    private const string FluidStepsMessage = "The maximum level of recursion has been reached.";

    /// <summary>A value's size: a string's length, a list's items (each at least one) added up.</summary>
    public static long Size(FluidValue value) => value switch
    {
        StringValue text => text.ToStringValue().Length,
        ArrayValue list => list.Values.Sum(item => Math.Max(1, Size(item))),
        _ => 1,
    };

    /// <summary>The value, when it is within <see cref="MaxValueSize"/>.</summary>
    public static FluidValue Checked(FluidValue value, string what)
    {
        Refuse(Size(value), what);
        return value;
    }

    /// <summary>Refuses a value of <paramref name="size"/> before it is made, when it would be too large.</summary>
    public static void Refuse(long size, string what)
    {
        if (size > MaxValueSize)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"{what} would be larger than {MaxValueSize:N0} characters or items."));
        }
    }

    /// <summary>Why a render failed, in words a partner can act on.</summary>
    public static string Explain(Exception exception) =>
        exception.Message.StartsWith(FluidStepsMessage, StringComparison.Ordinal)
            ? string.Create(CultureInfo.InvariantCulture,
                $"it ran more than {MaxSteps:N0} steps or nested blocks deeper than {MaxNesting} (a loop that does not end?).")
            : exception.Message;
}
