using DangVu.Core.FollowUp;

namespace DangVu.Core.Tests.FollowUp;

public sealed class EvidenceRulesTests
{
    [Theory]
    [InlineData("bien-ban.pdf", "%PDF-1.7", "application/pdf")]
    [InlineData("BAO CAO.DOCX", "PK\u0003\u0004", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("so-lieu.txt", "Số lớp đã mở: 2", "text/plain; charset=utf-8")]
    public void Check_AcceptedKinds_GiveTheirContentType(string name, string head, string contentType)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(head);

        Assert.Equal((contentType, null), EvidenceRules.Check(name, bytes.Length, bytes));
    }

    [Theory]
    [InlineData("virus.exe", "MZ", "chỉ nhận PDF")]
    [InlineData("doi-ten.pdf", "MZ\u0090", "không đúng định dạng")]
    [InlineData("rong.pdf", "", "rỗng")]
    public void Check_OtherFiles_AreRefusedInVietnamese(string name, string head, string reason)
    {
        var bytes = System.Text.Encoding.Latin1.GetBytes(head);

        var (contentType, problem) = EvidenceRules.Check(name, bytes.Length, bytes);

        Assert.Null(contentType);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_TooLarge_IsRefused()
    {
        Assert.Contains("lớn hơn 10 MB", EvidenceRules.Check("a.pdf", EvidenceRules.MaxBytes + 1, "%PDF"u8).Problem, StringComparison.Ordinal);
        Assert.Null(EvidenceRules.Check("a.pdf", EvidenceRules.MaxBytes, "%PDF"u8).Problem);
    }
}
