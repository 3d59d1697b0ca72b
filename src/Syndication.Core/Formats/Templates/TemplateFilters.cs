using System.Text.RegularExpressions;
using Fluid;
using Fluid.Values;

namespace Syndication.Core.Formats.Templates;

/// <summary>
/// Fluid's filters, each made to refuse a result larger than <see cref="TemplateLimits.MaxValueSize"/>; the
/// few whose result can outgrow their input by far are checked before they run, not after.
/// </summary>
internal static partial class TemplateFilters
{
    /// <summary>.NET format strings: "N999999999" or "{0,999999999}" would make a gigabyte from one number.</summary>
    private static readonly string[] s_removed = ["format_number", "format_string"];

    public static void Guard(FilterCollection filters)
    {
        foreach (var name in s_removed)
        {
            filters.Remove(name);
        }

        foreach (var (name, filter) in filters.ToList())
        {
            filters.AddFilter(name, Guarded(name, filter));
        }
    }

    private static FilterDelegate Guarded(string name, FilterDelegate filter)
    {
        var what = $"The result of \"{name}\"";
        return (input, arguments, context) =>
        {
            RefuseBeforehand(name, input, arguments, what);
            var result = filter(input, arguments, context);
            return result.IsCompletedSuccessfully ? new(TemplateLimits.Checked(result.Result, what)) : Checked(result, what);
        };
    }

    private static async ValueTask<FluidValue> Checked(ValueTask<FluidValue> result, string what) =>
        TemplateLimits.Checked(await result, what);

    /// <summary>The filters whose result is the input times an argument, or as wide as an argument says.</summary>
    private static void RefuseBeforehand(string name, FluidValue input, FilterArguments arguments, string what)
    {
        switch (name)
        {
            case "replace":
                // Every character could be replaced by the replacement.
                TemplateLimits.Refuse(TemplateLimits.Size(input) * Math.Max(1, arguments.At(1).ToStringValue().Length), what);
                break;
            case "join":
                TemplateLimits.Refuse(TemplateLimits.Size(input) * (1 + (long)arguments.At(0).ToStringValue().Length), what);
                break;
            case "date" when WideField().IsMatch(arguments.At(0).ToStringValue()):
                throw new InvalidOperationException($"{what}: a date field wider than 999 characters (\"%9999d\") is not allowed.");
        }
    }

    /// <summary>A strftime field with a width of four digits or more.</summary>
    [GeneratedRegex(@"%[-_0^#:]*\d{4,}")]
    private static partial Regex WideField();
}
