using Syndication.Core.Stories;

namespace Syndication.Core.Tests.Stories;

public sealed class CopyrightLineTests
{
    [Theory]
    [InlineData("© 2013 Australian Associated Press", "2013", "Australian Associated Press")]
    [InlineData("© Agencia EFE", null, "Agencia EFE")]
    [InlineData("Copyright 2017 The New York Times Company", "2017", "The New York Times Company")]
    [InlineData("Copyright 2017-18 Example Enews LLP, all rights reserved", "2017-18", "Example Enews LLP, all rights reserved")]
    [InlineData("Copyright 2022, dpa (www.dpa.de). Alle Rechte vorbehalten", "2022", "dpa (www.dpa.de). Alle Rechte vorbehalten")]
    [InlineData("(c) Copyright Thomson Reuters 2013. Click For Restrictions", null, "Thomson Reuters 2013. Click For Restrictions")]
    [InlineData("Trinity Mirror 2012", null, "Trinity Mirror 2012")]
    [InlineData("Copyrighted material", null, "Copyrighted material")]
    [InlineData("Copyright", null, "Copyright")]
    [InlineData("© 2015", null, "© 2015")]
    public void Parse_CopyrightLine_GivesYearAndHolder(string line, string? year, string holder)
    {
        CopyrightLine.Parse(line).ShouldBe(new CopyrightLine(year, holder));
    }
}
