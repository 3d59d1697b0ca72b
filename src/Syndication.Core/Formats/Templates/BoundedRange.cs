using System.Globalization;
using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Syndication.Core.Formats.Templates;

/// <summary>A range, <c>(from..to)</c>, that is refused before it is made when it holds too many numbers.</summary>
internal sealed class BoundedRange(RangeExpression range) : Expression
{
    public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
    {
        // Implementation note: the bounds are evaluated here and again by the range itself; they are
        // literals or lookups, and evaluating them twice keeps Fluid's own rules for what a range holds.
        var from = (await range.From.EvaluateAsync(context)).ToNumberValue();
        var to = (await range.To.EvaluateAsync(context)).ToNumberValue();
        TemplateLimits.Refuse((long)Math.Clamp(to - from + 1, 0, long.MaxValue),
            string.Create(CultureInfo.InvariantCulture, $"The range ({from}..{to})"));
        return await range.EvaluateAsync(context);
    }
}
