using System.Globalization;
using Syndication.Core.Partners.PartnersFile;

namespace Syndication.Cli.Partners;

/// <summary>Prints a partners file's errors as compilers do, <c>FILE:LINE:COL: message (JSON path)</c>, so editors can jump to them.</summary>
internal static class PartnersFileErrorLines
{
    internal static void Print(string file, IEnumerable<PartnersFileError> errors)
    {
        foreach (var error in errors)
        {
            Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{file}:{error.Line}:{error.Column}: {error.Message} ({error.Path})"));
        }
    }
}
