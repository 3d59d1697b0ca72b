namespace Syndication.Core.Partners.PartnersFile;

/// <summary>A partners file read: its directory when it has no errors, otherwise every error found, in file order.</summary>
public sealed record PartnersFileResult
{
    private PartnersFileResult(PartnerDirectory? directory, IReadOnlyList<PartnersFileError> errors)
    {
        Directory = directory;
        Errors = errors;
    }

    public PartnerDirectory? Directory { get; }

    public IReadOnlyList<PartnersFileError> Errors { get; }

    public static PartnersFileResult Valid(PartnerDirectory directory) => new(directory, []);

    public static PartnersFileResult Invalid(IReadOnlyList<PartnersFileError> errors) => new(null, errors);
}
