namespace Syndication.Core.Formats.Iptc7901;

/// <summary>Maps an ANPA 1312 priority letter onto IPTC urgency (1 most urgent, 9 least).</summary>
/// <remarks>
/// Implementation note: flash, bulletin and urgent take urgencies 1 to 3, the order the wire sends them
/// in; regular copy takes 5, IPTC's "normal", and deferred copy 6. Other letters (advances, agency
/// specific ones) have no agreed place on the scale and give no urgency rather than a guessed one.
/// </remarks>
internal static class AnpaPriority
{
    public static int? ToUrgency(char priority) => char.ToLowerInvariant(priority) switch
    {
        'f' => 1,
        'b' => 2,
        'u' => 3,
        'r' => 5,
        'd' => 6,
        _ => null,
    };
}
