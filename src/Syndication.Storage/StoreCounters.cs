using System.Data.Common;

namespace Syndication.Storage;

/// <summary>The names of the store's counters (the <c>counters</c> table of both stores) and how they read back as <see cref="StoreCounts"/>.</summary>
internal static class StoreCounters
{
    internal const string Stored = "stories.stored";
    internal const string Duplicates = "stories.duplicates";
    internal const string Rejected = "stories.rejected";

    /// <summary>Followed by a rejection's reason code: the rejections of that reason.</summary>
    internal const string RejectedByReasonPrefix = "stories.rejected.";
    internal const string Superseded = "stories.superseded";
    internal const string NearDuplicates = "stories.nearDuplicates";

    /// <summary>The counts from rows of (name, value) of the five counters above.</summary>
    internal static StoreCounts Read(DbDataReader reader)
    {
        long stored = 0, duplicates = 0, rejected = 0, nearDuplicates = 0, superseded = 0;
        while (reader.Read())
        {
            var value = reader.GetInt64(1);
            switch (reader.GetString(0))
            {
                case Stored: stored = value; break;
                case Duplicates: duplicates = value; break;
                case NearDuplicates: nearDuplicates = value; break;
                case Superseded: superseded = value; break;
                default: rejected = value; break;
            }
        }

        return new StoreCounts(stored, duplicates, rejected, nearDuplicates, superseded);
    }
}
