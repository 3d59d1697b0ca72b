using Fluid.Ast;

namespace Syndication.Core.Formats.Templates;

/// <summary>
/// Rewrites every range in a template, <c>(1..n)</c>, into one that refuses to be too long: Fluid makes
/// the whole list before a loop takes its first step, so a step limit alone would not stop (1..1000000000).
/// </summary>
internal sealed class RangeLimit : AstRewriter
{
    protected override Expression VisitRangeExpression(RangeExpression rangeExpression) =>
        new BoundedRange((RangeExpression)base.VisitRangeExpression(rangeExpression));
}
