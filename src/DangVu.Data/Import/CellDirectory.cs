using DangVu.Core.Organizations;
using DangVu.Core.Text;
using DangVu.Data.Organizations;
using Microsoft.EntityFrameworkCore;

namespace DangVu.Data.Import;

/// <summary>The active cells an import may place members in (those within the caller's reach), found by id or by name.</summary>
internal sealed class CellDirectory
{
    private readonly Dictionary<Guid, Cell> _byId;
    private readonly ILookup<string, Cell> _byName;

    private CellDirectory(List<Cell> cells)
    {
        _byId = cells.ToDictionary(cell => cell.Id);
        _byName = cells.ToLookup(cell => VietnameseText.SearchKey(cell.Name));
    }

    public sealed record Cell(Guid Id, string Name, string Path);

    public static async Task<CellDirectory> LoadAsync(DangVuDbContext context, IReadOnlyCollection<string> scopePaths, CancellationToken cancellationToken)
    {
        var cells = await context.Organizations.AsNoTracking()
            .Within(scopePaths, nameof(PartyOrganization.Path))
            .Where(o => o.DissolvedOn == null && (o.Kind == OrganizationKind.Cell || o.Kind == OrganizationKind.GrassrootsCell))
            .Select(o => new Cell(o.Id, o.Name, o.Path))
            .ToListAsync(cancellationToken);
        return new CellDirectory(cells);
    }

    /// <summary>The cell a row names, by its id if the row gives one, else by its name; or why it cannot be found.</summary>
    public (Cell? Cell, string? Problem) Find(string? idText, string? name)
    {
        if (!string.IsNullOrWhiteSpace(idText))
        {
            return Guid.TryParse(idText.Trim(), out var id) && _byId.TryGetValue(id, out var byId)
                ? (byId, null)
                : (null, $"không có chi bộ mã “{idText.Trim()}” đang hoạt động trong phạm vi của bạn.");
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return (null, "chưa ghi chi bộ.");
        }

        var matches = _byName[VietnameseText.SearchKey(name)].ToList();
        return matches.Count switch
        {
            1 => (matches[0], null),
            0 => (null, $"không có chi bộ “{name.Trim()}” đang hoạt động trong phạm vi của bạn."),
            _ => (null, $"có {matches.Count} chi bộ cùng tên “{name.Trim()}”: hãy ghi cột “{MemberColumns.OrganizationIdHeader}”."),
        };
    }
}
