using DangVu.Core.FollowUp;
using DangVu.Data.FollowUp;

namespace DangVu.Web.Features.FollowUp;

/// <summary>A paragraph of a source with the term and cadence its words (or its heading) set, if any.</summary>
public sealed record SourceParagraphDto(string Number, string Text, bool IsTask, DateOnly? DueOn, TermKind? Term, string? TermPhrase, ReportCadence Cadence, string? CadencePhrase);

/// <summary>A document that may be turned into tasks.</summary>
public sealed record SourceDto(string Key, string NumberSymbol, string? Title, DateOnly? Date, Guid? IssuingOrganization, string? Issuer, IReadOnlyList<SourceParagraphDto> Tasks, IReadOnlyList<SourceParagraphDto> Paragraphs)
{
    public static SourceDto From(DirectiveSource source)
    {
        SourceParagraphDto Paragraph(DirectiveParagraph paragraph)
        {
            var reading = source.Date is { } date ? TermPhrases.Read(paragraph.Text, paragraph.IsTask ? source.TermContext : null, date) : TermReading.Nothing;
            return new SourceParagraphDto(paragraph.Number, paragraph.Text, paragraph.IsTask, reading.Term?.DueOn, reading.Term?.Kind, reading.TermPhrase, reading.Cadence, reading.CadencePhrase);
        }

        return new SourceDto(source.Key, source.NumberSymbol, source.Title, source.Date, source.IssuingOrganizationId, source.IssuerName,
            [.. source.Tasks.Select(Paragraph)], [.. source.Paragraphs.Select(Paragraph)]);
    }
}
