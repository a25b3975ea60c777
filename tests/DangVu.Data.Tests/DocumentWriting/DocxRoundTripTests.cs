using DangVu.Core.Documents;
using DangVu.Core.DocumentWriting;
using DangVu.Data.Documents;
using DangVu.Data.DocumentWriting;
using DangVu.TestCommon.Documents;

namespace DangVu.Data.Tests.DocumentWriting;

/// <summary>What DangVu writes it reads back exactly: each kind written as DOCX, read with the DOCX reader and the parser.</summary>
public sealed class DocxRoundTripTests
{
    public static TheoryData<string> Kinds() => DocumentSamples.KindCodes();

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_IssuedDocumentOfEachKind_ParsesBackToWhatWasComposed(string typeCode)
    {
        var composed = DocumentSamples.Composed(typeCode, serial: 509);

        var parsed = ReadBack(composed);

        Assert.Equal(composed.Issuer, parsed.Issuer);
        Assert.Equal(composed.IssuerParents, parsed.IssuerParents);
        Assert.Equal(composed.NumberSymbol, parsed.NumberSymbol);
        Assert.Equal($"509-{typeCode}/TU", parsed.NumberSymbol);
        Assert.Equal(509, parsed.Serial);
        Assert.Equal(typeCode, parsed.TypeCode);
        Assert.Equal("TU", parsed.IssuerCode);
        Assert.Equal(composed.Kind.Name, parsed.Type);
        Assert.Equal("Phan Thiết", parsed.Place);
        Assert.Equal(new DateOnly(2008, 5, 22), parsed.Date);
        Assert.Equal(composed.Title, parsed.Title);
        Assert.Equal(composed.Recipients, parsed.Recipients);
        Assert.Equal(composed.Signature.AuthorityText, parsed.SigningAuthority);
        Assert.Equal(composed.Signature.SignerTitle, parsed.SignerTitle);
        Assert.Equal(composed.Signature.SignerName, parsed.SignerName);
        Assert.Equal(["I", "II"], parsed.Sections.Select(section => section.Number));
        Assert.Equal(3, parsed.Tasks.Count);
        Assert.Empty(parsed.Warnings);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Write_DraftOfEachKind_ParsesWithABlankSerialAndNoInventedNumber(string typeCode)
    {
        var composed = DocumentSamples.Composed(typeCode, serial: null);

        var parsed = ReadBack(composed);

        Assert.Null(parsed.Serial);
        Assert.Equal($"-{typeCode}/TU", parsed.NumberSymbol);
        Assert.Equal(typeCode, parsed.TypeCode);
        Assert.Equal(composed.Title, parsed.Title);
        Assert.Equal(composed.Signature.SignerName, parsed.SignerName);
    }

    [Fact]
    public void Write_SampleNotice_KeepsTheSignatureAuthoritiesInTheirOrder()
    {
        var composed = DocumentSamples.Composed("TB", serial: 1) with
        {
            Signature = new Signature(SigningAuthorityKind.Deputy, "BÍ THƯ", "BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Lê Tiến Phương"),
        };

        var parsed = ReadBack(composed);

        Assert.Equal("T/M BAN THƯỜNG VỤ, K/T BÍ THƯ", parsed.SigningAuthority);
        Assert.Equal("PHÓ BÍ THƯ", parsed.SignerTitle);
        Assert.Equal("Lê Tiến Phương", parsed.SignerName);
    }

    private static ParsedDocument ReadBack(ComposedDocument composed)
    {
        var docx = DocxDocumentWriter.Write(PartyLayout.Build(composed), composed.Title);
        var text = DocxText.Read(new MemoryStream(docx, writable: false));
        return DocumentParser.Parse(text);
    }
}
