using DangVu.Core.Text;
using DangVu.Data.Documents;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Documents.Pages;

/// <summary>The register of the caller's subtrees: search by number-symbol, type, issuer, dates and words, a page at a time.</summary>
[Authorize(Policy = Policies.DocumentReader)]
public sealed class IndexModel(DocumentQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "so")] public string? Symbol { get; set; }

    [BindProperty(SupportsGet = true, Name = "loai")] public string? Type { get; set; }

    [BindProperty(SupportsGet = true, Name = "co-quan")] public string? Issuer { get; set; }

    [BindProperty(SupportsGet = true, Name = "tu")] public string? From { get; set; }

    [BindProperty(SupportsGet = true, Name = "den")] public string? To { get; set; }

    [BindProperty(SupportsGet = true, Name = "q")] public string? Text { get; set; }

    [BindProperty(SupportsGet = true, Name = "trang")] public int PageNumber { get; set; } = 1;

    public DocumentPage Result { get; private set; } = new([], 0, 1, DocumentSearch.DefaultPageSize);

    public IReadOnlyList<(string Code, string? Type)> TypeCodes { get; private set; } = [];

    public Dictionary<string, string> Errors { get; } = [];

    public bool CanRegister { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanRegister = User.ScopesFor(Policies.Office).Count > 0;
        var scopes = User.ReadableDocumentScopes();
        TypeCodes = await queries.TypeCodesAsync(scopes, cancellationToken);
        var from = ParseDate(From, "tu", "từ ngày");
        var to = ParseDate(To, "den", "đến ngày");
        if (Errors.Count == 0)
        {
            Result = await queries.SearchAsync(new DocumentSearch(Symbol, Type, Issuer, from, to, Text, PageNumber), scopes, cancellationToken);
        }
    }

    /// <summary>This search on another page.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["so"] = Symbol,
        ["loai"] = Type,
        ["co-quan"] = Issuer,
        ["tu"] = From,
        ["den"] = To,
        ["q"] = Text,
        ["trang"] = page.ToString(VietnameseText.Culture),
    }.Where(pair => !string.IsNullOrWhiteSpace(pair.Value))).ToUriComponent();

    private DateOnly? ParseDate(string? text, string field, string label)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (VietnameseDates.TryParse(text, out var date))
        {
            return date;
        }

        Errors[field] = $"Không đọc được {label} “{text}”: hãy viết ngày/tháng/năm.";
        return null;
    }
}
