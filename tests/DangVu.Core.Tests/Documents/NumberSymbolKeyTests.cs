using DangVu.Core.Documents;

namespace DangVu.Core.Tests.Documents;

public sealed class NumberSymbolKeyTests
{
    [Theory]
    [InlineData("509-TB/TU", "509-tb-tu")]
    [InlineData("509 - TB/TU", "509-tb-tu")]
    [InlineData("509–TB/TU", "509-tb-tu")]
    [InlineData("509\u2011tb/tu", "509-tb-tu")]
    [InlineData("09 KH/ĐU", "9-kh-du")]
    [InlineData("9-KH/DU", "9-kh-du")]
    [InlineData("14/2008-NĐ/CP", "14-2008-nd-cp")]
    [InlineData("14/2008/NĐ-CP", "14-2008-nd-cp")]
    [InlineData("45-QĐi/TW", "45-qdi-tw")]
    [InlineData("-KH/ĐU", "kh-du")]
    [InlineData("  ", "")]
    [InlineData(null, "")]
    public void Of_SpellingsOfOneSymbol_ShareOneKey(string? symbol, string key) => Assert.Equal(key, NumberSymbolKey.Of(symbol));

    [Fact]
    public void Of_DifferentSymbols_KeepDifferentKeys()
    {
        Assert.NotEqual(NumberSymbolKey.Of("45-QĐ/TW"), NumberSymbolKey.Of("45-QĐi/TW"));
        Assert.NotEqual(NumberSymbolKey.Of("20-KH/TU"), NumberSymbolKey.Of("20-CT/TU"));
        Assert.NotEqual(NumberSymbolKey.Of("10-CT/TW"), NumberSymbolKey.Of("100-CT/TW"));
    }

    [Theory]
    [InlineData("509-TB/TU", "509-TB/TU", 509, "TB", "TU")]
    [InlineData("509 - tb/tu", "509-TB/TU", 509, "TB", "TU")]
    [InlineData("14/2008/NĐ-CP", "14/2008/NĐ-CP", 14, "NĐ", "CP")]
    [InlineData("45-QĐi/TW", "45-QĐi/TW", 45, "QĐi", "TW")]
    [InlineData("số lạ", "số lạ", null, null, null)]
    public void Parts_TypedSymbol_ReadsAsTheParserReadsIt(string typed, string symbol, int? serial, string? type, string? issuer) =>
        Assert.Equal(new NumberSymbolParts(symbol, serial, type, issuer), NumberSymbolParts.Of(typed));

    [Fact]
    public void Doubts_Draft_NamesTheBlankSerialAndDate_NotWhatWasRead()
    {
        var doubts = DocumentDoubts.Of(DocumentParser.Parse(Samples.Read("KH-DU-du-thao.txt")));

        Assert.Contains(nameof(ParsedDocument.NumberSymbol), doubts);
        Assert.Contains(nameof(ParsedDocument.Date), doubts);
        Assert.DoesNotContain(nameof(ParsedDocument.SignerName), doubts);
        Assert.DoesNotContain(nameof(ParsedDocument.Issuer), doubts);
        Assert.Empty(DocumentDoubts.Of(DocumentParser.Parse(Samples.Seed)));
    }
}
