using System.Globalization;
using System.Text.RegularExpressions;

namespace Syndication.Cli.Bench;

/// <summary>
/// What one wrk run reports: its requests per second, and the answers that were not 2xx or 3xx (wrk counts
/// a 4xx or 5xx as an error but still counts it as a request, so a refused target would look fast).
/// </summary>
internal sealed partial record WrkReport(double RequestsPerSecond, long Requests, long ErrorResponses, string? SocketErrors)
{
    /// <summary>Reads wrk 4's summary; null when it has no <c>Requests/sec</c> line.</summary>
    internal static WrkReport? Parse(string output)
    {
        var rate = RequestsPerSecondLine().Match(output);
        var requests = RequestsLine().Match(output);
        if (!rate.Success || !requests.Success)
        {
            return null;
        }

        var errors = ErrorResponsesLine().Match(output);
        var socket = SocketErrorsLine().Match(output);
        return new WrkReport(
            double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture),
            long.Parse(requests.Groups[1].Value, CultureInfo.InvariantCulture),
            errors.Success ? long.Parse(errors.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            socket.Success ? socket.Groups[1].Value.Trim() : null);
    }

    [GeneratedRegex(@"^Requests/sec:\s+([0-9.]+)", RegexOptions.Multiline)]
    private static partial Regex RequestsPerSecondLine();

    [GeneratedRegex(@"^\s*([0-9]+) requests in ", RegexOptions.Multiline)]
    private static partial Regex RequestsLine();

    [GeneratedRegex(@"^\s*Non-2xx or 3xx responses:\s+([0-9]+)", RegexOptions.Multiline)]
    private static partial Regex ErrorResponsesLine();

    [GeneratedRegex(@"^\s*Socket errors:\s+(.+)$", RegexOptions.Multiline)]
    private static partial Regex SocketErrorsLine();
}
