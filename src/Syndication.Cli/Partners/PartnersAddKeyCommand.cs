using System.CommandLine;
using System.Text;
using Syndication.Core.Partners;
using Syndication.Core.Partners.PartnersFile;

namespace Syndication.Cli.Partners;

/// <summary>
/// <c>syndication partners add-key ID [--file FILE]</c>: makes a new random key for a partner, adds its hash
/// to the partner's <c>keys</c> in the file, and prints the key, once.
/// </summary>
/// <remarks>
/// The file is edited in place of its text (<see cref="PartnerKeyInsertion"/>: comments and layout stay),
/// the result is read back and must give the partner for the new key, and it replaces the file atomically:
/// written beside it, then moved over it, so the worker watching the file never reads half of one.
/// </remarks>
internal static class PartnersAddKeyCommand
{
    internal static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The partner's id." };
        var file = new Option<string?>("--file")
        {
            Description = "The partners file; by default Partners__Path, else partners.json beside Storage__Path (data/partners.json).",
        };
        var command = new Command("add-key", "Add a new API key to a partner; prints the key once (only its hash is stored).") { id, file };
        command.SetAction(parse => Run(parse.GetValue(id)!, PartnersFileLocation.Resolve(parse.GetValue(file))));
        return command;
    }

    private static int Run(string id, string file)
    {
        if (!PartnersFileText.TryRead(file, out var text))
        {
            return 1;
        }

        var result = PartnersFileParser.Parse(text);
        if (result.Directory is not { } directory)
        {
            PartnersFileErrorLines.Print(file, result.Errors);
            Console.Error.WriteLine($"{file} has errors: no key was added. Fix them first ('syndication partners check {file}').");
            return 1;
        }

        if (directory.Find(id) is not { } partner)
        {
            var known = directory.Partners.Count == 0 ? "it has none" : "it has " + string.Join(", ", directory.Partners.Select(p => p.Id));
            Console.Error.WriteLine($"unknown partner '{id}' in {file} ({known}): no key was added.");
            return 1;
        }

        var key = PartnerKey.Generate();
        var updated = PartnerKeyInsertion.Insert(text, partner.Id, PartnerKey.Hash(key));
        if (PartnersFileParser.Parse(updated).Directory?.FindByKey(key)?.Id != partner.Id)
        {
            throw new InvalidOperationException($"Adding the key to {file} would not have given it to '{partner.Id}'; the file was left as it was.");
        }

        Replace(file, updated);
        Console.Out.WriteLine(key);
        Console.Out.WriteLine($"This is partner '{partner.Id}''s new key. It is not stored anywhere and cannot be shown again: only its hash was added to {file}.");
        return 0;
    }

    private static void Replace(string file, string text)
    {
        var full = Path.GetFullPath(file);
        var temporary = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllText(temporary, text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temporary, File.GetUnixFileMode(full));
            }

            File.Move(temporary, full, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
