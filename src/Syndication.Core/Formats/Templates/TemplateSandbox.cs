using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Fluid;
using Fluid.Values;
using Microsoft.Extensions.FileProviders;
using Syndication.Core.Feeds;

namespace Syndication.Core.Formats.Templates;

/// <summary>
/// The one Fluid parser and the one set of options every partner template shares: Liquid without the
/// tags that read other files, with limits on steps, nesting, ranges, values and output.
/// </summary>
internal static class TemplateSandbox
{
    /// <summary>Tags a partner's template may not use, and why (the parser's "Unknown tag" says only what).</summary>
    private static readonly Dictionary<string, string> s_removedTags = new(StringComparer.Ordinal)
    {
        ["include"] = "a partner template is one file and reads no other",
        ["render"] = "a partner template is one file and reads no other",
        // It renders its block into a buffer of its own, which no limit could reach.
        ["ifchanged"] = "it is not available in partner templates",
    };

    private static readonly FluidParser s_parser = CreateParser();

    private static readonly TemplateOptions s_options = CreateOptions();

    private static readonly RangeLimit s_rangeLimit = new();

    public static bool TryParse(string source, [NotNullWhen(true)] out IFluidTemplate? template, [NotNullWhen(false)] out TemplateError? error)
    {
        if (!s_parser.TryParse(source, out var parsed, out var message))
        {
            template = null;
            error = Explained(TemplateError.FromFluid(message));
            return false;
        }

        template = s_rangeLimit.VisitTemplate(parsed);
        error = null;
        return true;
    }

    /// <summary>A context for one render: the shared options, and "now" taken from the entry, not a clock.</summary>
    public static TemplateContext CreateContext(FeedEntry entry)
    {
        var updated = entry.Updated;
        // Implementation note: Core reads no clock, so a template's "now" is when the entry was last
        // updated: the same entry renders the same bytes whenever it is rendered.
        return new TemplateContext(s_options) { Now = () => updated };
    }

    private static TemplateError Explained(TemplateError error)
    {
        foreach (var (tag, why) in s_removedTags)
        {
            if (error.Reason == $"Unknown tag '{tag}'")
            {
                return error with { Reason = $"{error.Reason}: {why}" };
            }
        }

        return error;
    }

    private static FluidParser CreateParser()
    {
        // Functions and macros stay off (Fluid's default), so nothing can recurse.
        var parser = new FluidParser(new FluidParserOptions { AllowFunctions = false });
        foreach (var tag in s_removedTags.Keys)
        {
            parser.RegisteredTags.Remove(tag);
        }

        // Fluid's capture writes into a buffer no limit reaches; this one is capped like a value.
        parser.RegisterIdentifierBlock("capture", async (identifier, statements, _, encoder, context) =>
        {
            using var captured = new CappedTextWriter(TemplateLimits.MaxValueSize, $"The capture of \"{identifier}\"");
            var completion = await statements.RenderStatementsAsync(captured, encoder, context);
            // Already escaped as it was written, so not escaped again where it is output.
            context.SetValue(identifier, new StringValue(captured.ToString(), encode: false));
            return completion;
        });
        return parser;
    }

    private static TemplateOptions CreateOptions()
    {
        var options = new TemplateOptions
        {
            // Nothing registered: the model is dictionaries, lists, strings and numbers, so no .NET member
            // of any object is reachable from a template.
            MemberAccessStrategy = new DefaultMemberAccessStrategy(),
            FileProvider = new NullFileProvider(),
            MaxSteps = TemplateLimits.MaxSteps,
            MaxRecursion = TemplateLimits.MaxNesting,
            CultureInfo = CultureInfo.InvariantCulture,
            TimeZone = TimeZoneInfo.Utc,
        };
        TemplateFilters.Guard(options.Filters);
        return options;
    }
}
