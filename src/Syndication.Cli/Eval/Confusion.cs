namespace Syndication.Cli.Eval;

/// <summary>The counts of a binary classifier's outcomes.</summary>
internal sealed class Confusion
{
    public int TruePositives { get; private set; }

    public int FalsePositives { get; private set; }

    public int FalseNegatives { get; private set; }

    public int TrueNegatives { get; private set; }

    /// <summary>1 when nothing was called a duplicate: no call was wrong.</summary>
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public void Add(bool isDuplicate, bool calledDuplicate)
    {
        switch ((isDuplicate, calledDuplicate))
        {
            case (true, true): TruePositives++; break;
            case (true, false): FalseNegatives++; break;
            case (false, true): FalsePositives++; break;
            default: TrueNegatives++; break;
        }
    }

    /// <summary>A duplicate linked to the wrong story: the link is wrong and the right one is missed.</summary>
    public void AddWrongLink()
    {
        FalsePositives++;
        FalseNegatives++;
    }

    public override string ToString() =>
        FormattableString.Invariant($"{TruePositives,4} {FalsePositives,4} {FalseNegatives,4} {TrueNegatives,4}  {Precision,5:F3} {Recall,5:F3}");
}
