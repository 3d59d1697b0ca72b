using Microsoft.Extensions.Options;
using Syndication.Core.Formats.Templates;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;
using Syndication.Worker.Configuration;

namespace Syndication.Worker.Partners;

/// <summary>
/// The partners file, watched: the last valid version of it is in force, reloaded without a restart when
/// the file changes. A version that does not parse is refused with its errors and the one before stays in
/// force; a file that is removed leaves no partners (nobody keeps access to a file nobody has). The
/// templates the file names are compiled when it is read, and read again when they change: a template
/// that fails to compile refuses the whole version, with its reason.
/// </summary>
/// <remarks>
/// Implementation note: a FileSystemWatcher answers at once but misses events on some file systems and
/// in editors' save-by-rename; a poll of the file's time and length every <see cref="PollInterval"/>
/// catches what it misses, so a change is in force within that interval at worst.
/// </remarks>
public sealed partial class PartnersFileWatch : IDisposable
{
    /// <summary>How often the file's time and length are checked, besides the watcher's events.</summary>
    public static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);

    /// <summary>A partners file larger than this is refused, not read.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    private readonly string _publisher;
    private readonly ILogger<PartnersFileWatch> _log;
    private readonly Lock _reloading = new();
    private readonly FileSystemWatcher? _watcher;
    private readonly ITimer _poll;
    private PartnersInForce _inForce;
    /// <summary>A template file larger than this is refused, not read.</summary>
    public const long MaxTemplateBytes = 256 * 1024;

    private string _seen = "";
    private IReadOnlyList<string> _templateFiles = [];

    public PartnersFileWatch(IOptions<PartnersOptions> partners, IOptions<StorageOptions> storage, IOptions<SyndicationOptions> syndication, TimeProvider time, ILogger<PartnersFileWatch> log)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(storage);
        ArgumentNullException.ThrowIfNull(syndication);
        ArgumentNullException.ThrowIfNull(time);
        FilePath = System.IO.Path.GetFullPath(partners.Value.FilePath(storage.Value));
        _publisher = syndication.Value.Publisher;
        _log = log;
        _inForce = new PartnersInForce(Empty, new RightsRouting(Empty, _publisher), new Dictionary<string, StoryTemplate>(), 0);
        Reload();
        var directory = System.IO.Path.GetDirectoryName(FilePath)!;
        if (Directory.Exists(directory))
        {
            _watcher = new FileSystemWatcher(directory, System.IO.Path.GetFileName(FilePath))
            {
                NotifyFilter = NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.FileName | NotifyFilters.CreationTime,
            };
            _watcher.Changed += (_, _) => Reload();
            _watcher.Created += (_, _) => Reload();
            _watcher.Deleted += (_, _) => Reload();
            _watcher.Renamed += (_, _) => Reload();
            _watcher.EnableRaisingEvents = true;
        }

        _poll = time.CreateTimer(_ => Reload(), null, PollInterval, PollInterval);
    }

    private static PartnerDirectory Empty { get; } = new([], []);

    /// <summary>The partners file watched.</summary>
    public string FilePath { get; }

    /// <summary>The partners in force now.</summary>
    public PartnersInForce InForce => Volatile.Read(ref _inForce);

    /// <summary>Why the file's latest version was refused (its errors, each with its line), or empty when the latest is in force.</summary>
    public IReadOnlyList<string> Refusal { get; private set; } = [];

    /// <summary>Reads the file again if it changed since it was last read, and takes a valid version into force.</summary>
    public void Reload()
    {
        lock (_reloading)
        {
            var seen = Stamp([FilePath, .. _templateFiles]);
            if (seen == _seen)
            {
                return;
            }

            _seen = seen;
            var file = new FileInfo(FilePath);
            if (!file.Exists)
            {
                _templateFiles = [];
                TakeIntoForce(Empty, new Dictionary<string, StoryTemplate>());
                LogNoFile(_log, FilePath);
                return;
            }

            if (file.Length > MaxFileBytes)
            {
                Refuse([$"{FilePath}: {file.Length:N0} bytes; a partners file may be at most {MaxFileBytes:N0}."]);
                return;
            }

            string text;
            try
            {
                text = File.ReadAllText(FilePath);
            }
            catch (IOException exception)
            {
                // Caught mid-write; the next poll reads it whole.
                _seen = "";
                LogUnreadable(_log, FilePath, exception.Message);
                return;
            }

            var result = PartnersFileParser.Parse(text);
            if (result.Directory is not { } directory)
            {
                Refuse([.. result.Errors.Select(error => $"{FilePath}:{error.Line}:{error.Column}: {error.Message}")]);
                return;
            }

            _templateFiles = [.. directory.Templates.Values.Select(TemplatePath)];
            _seen = Stamp([FilePath, .. _templateFiles]);
            var templates = new Dictionary<string, StoryTemplate>(StringComparer.Ordinal);
            var errors = new List<string>();
            foreach (var definition in directory.Templates.Values)
            {
                if (Compile(definition, errors) is { } template)
                {
                    templates[definition.Name] = template;
                }
            }

            if (errors.Count > 0)
            {
                Refuse(errors);
                return;
            }

            TakeIntoForce(directory, templates);
            LogLoaded(_log, FilePath, directory.Partners.Count, _inForce.Version);
        }
    }

    public void Dispose()
    {
        _watcher?.Dispose();
        _poll.Dispose();
    }

    private void TakeIntoForce(PartnerDirectory directory, IReadOnlyDictionary<string, StoryTemplate> templates)
    {
        Volatile.Write(ref _inForce, new PartnersInForce(directory, new RightsRouting(directory, _publisher), templates, _inForce.Version + 1));
        Refusal = [];
    }

    private StoryTemplate? Compile(PartnerTemplate definition, List<string> errors)
    {
        var path = TemplatePath(definition);
        string source;
        try
        {
            if (new FileInfo(path).Length > MaxTemplateBytes)
            {
                errors.Add($"{path}: template '{definition.Name}' is over {MaxTemplateBytes:N0} bytes.");
                return null;
            }

            source = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            errors.Add($"{path}: template '{definition.Name}' cannot be read: {exception.Message}");
            return null;
        }

        var compilation = StoryTemplate.Compile(definition.Name, source, definition.MediaType);
        if (compilation.Template is null)
        {
            var error = compilation.Error!;
            errors.Add($"{path}:{error.Line ?? 1}:{error.Column ?? 1}: template '{definition.Name}': {error.Reason}");
        }

        return compilation.Template;
    }

    private string TemplatePath(PartnerTemplate definition) =>
        System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(FilePath)!, definition.File));

    /// <summary>The files' times and lengths, as one string that changes when any of them does.</summary>
    private static string Stamp(IEnumerable<string> files) =>
        string.Join('|', files.Select(path => new FileInfo(path) is { Exists: true } file ? $"{file.LastWriteTimeUtc.Ticks}:{file.Length}" : "-"));

    private void Refuse(IReadOnlyList<string> errors)
    {
        Refusal = errors;
        LogRefused(_log, FilePath, errors.Count, string.Join(Environment.NewLine, errors));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Partners file {Path} taken into force: {Partners} partners (version {Version})")]
    private static partial void LogLoaded(ILogger logger, string path, int partners, long version);

    [LoggerMessage(Level = LogLevel.Information, Message = "No partners file at {Path}: no partners until one is written there")]
    private static partial void LogNoFile(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Partners file {Path} could not be read yet: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string path, string reason);

    [LoggerMessage(Level = LogLevel.Error, Message = "Partners file {Path} refused with {Count} errors; the version before stays in force:\n{Errors}")]
    private static partial void LogRefused(ILogger logger, string path, int count, string errors);
}
