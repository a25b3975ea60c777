using DangVu.Core.Organizations;
using DangVu.Data.Organizations;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DangVu.Web.Features.Organizations.Pages;

/// <summary>
/// One organization: facts, units, history and the restructure forms. Move, merge, split and dissolve go through a
/// preview first ("Xem trước"): the form posts to a Preview handler, the page shows what would move, and a confirm form
/// carries the same values (with a fresh antiforgery token) to the handler that does it.
/// </summary>
public sealed class DetailModel(
    OrganizationQueries queries, OrganizationRestructuring restructuring, RestructurePreview preview, IAuthorizationService authorization) : PageModel
{
    public const int MaxNewUnits = 10;

    public PartyOrganization? Organization { get; private set; }

    public IReadOnlyList<OrganizationNode> Children { get; private set; } = [];

    public IReadOnlyList<OrganizationNode> ParentCandidates { get; private set; } = [];

    /// <summary>Organizations under the same parent that could be merged into this one.</summary>
    public IReadOnlyList<OrganizationNode> MergeCandidates { get; private set; } = [];

    /// <summary>Members whose files are open here: a split must give each of them a new cell.</summary>
    public IReadOnlyList<PlacedMember> RollMembers { get; private set; } = [];

    public IReadOnlyList<OrganizationChange> History { get; private set; } = [];

    public int SubtreeSize { get; private set; }

    public bool CanRestructure { get; private set; }

    public string? Message { get; private set; }

    /// <summary>The organizations a split just founded, to link to.</summary>
    public IReadOnlyList<PartyOrganization> Founded { get; private set; } = [];

    /// <summary>How many new-organization rows the split form shows (query "so-to-chuc-moi").</summary>
    [BindProperty(SupportsGet = true, Name = "so-to-chuc-moi")]
    public int NewUnits { get; set; }

    public RestructurePreviewResult? Preview { get; private set; }

    /// <summary>The handler the preview's confirm button posts to: Move, Merge, Split or Dissolve.</summary>
    public string? PreviewOperation { get; private set; }

    public MoveOrganizationRequest? PendingMove { get; private set; }

    public MergeOrganizationsRequest? PendingMerge { get; private set; }

    public SplitForm? PendingSplit { get; private set; }

    public DissolveOrganizationRequest? PendingDissolve { get; private set; }

    /// <summary>The decision of the request being previewed or confirmed, whichever it is.</summary>
    public RestructureRequest? PendingRequest => (RestructureRequest?)PendingMove ?? (RestructureRequest?)PendingMerge ?? (RestructureRequest?)PendingSplit ?? PendingDissolve;

    public async Task<IActionResult> OnGetAsync(Guid id) => await LoadAsync(id) ? Page() : NotFound();

    public Task<IActionResult> OnPostRenameAsync(Guid id, RenameOrganizationRequest request) =>
        ChangeAsync(id, request, [], async () => Done(await restructuring.RenameAsync(id, request.Version, request.Name, request.ToDecision()), "Đã đổi tên."));

    public async Task<IActionResult> OnPostPreviewMoveAsync(Guid id, MoveOrganizationRequest request)
    {
        PendingMove = request;
        return await PreviewAsync(id, request, "Move", await PathsAsync([request.NewParent]),
            () => preview.MoveAsync(id, request.Version, request.NewParent ?? Guid.Empty, request.ToDecision()));
    }

    public async Task<IActionResult> OnPostMoveAsync(Guid id, MoveOrganizationRequest request) =>
        await ChangeAsync(id, request, await PathsAsync([request.NewParent]),
            async () => Done(await restructuring.MoveAsync(id, request.Version, request.NewParent ?? Guid.Empty, request.ToDecision()), "Đã chuyển tổ chức."));

    public async Task<IActionResult> OnPostPreviewMergeAsync(Guid id, MergeOrganizationsRequest request)
    {
        PendingMerge = request;
        return await PreviewAsync(id, request, "Merge", await PathsAsync(request.Sources.Select(source => (Guid?)source)),
            () => preview.MergeAsync(request.Sources, id, request.ToDecision()));
    }

    public async Task<IActionResult> OnPostMergeAsync(Guid id, MergeOrganizationsRequest request) =>
        await ChangeAsync(id, request, await PathsAsync(request.Sources.Select(source => (Guid?)source)),
            async () => Done(await restructuring.MergeAsync(request.Sources, id, request.ToDecision()), "Đã hợp nhất."));

    public async Task<IActionResult> OnPostPreviewSplitAsync(Guid id, SplitForm form)
    {
        PendingSplit = form;
        return await PreviewAsync(id, form, "Split", await SplitParentPathsAsync(id),
            () => preview.SplitAsync(id, form.Version, form.ToUnits(), form.ToDecision()));
    }

    public async Task<IActionResult> OnPostSplitAsync(Guid id, SplitForm form)
    {
        PendingSplit = form;
        return await ChangeAsync(id, form, await SplitParentPathsAsync(id), async () =>
        {
            var result = await restructuring.SplitAsync(id, form.Version, form.ToUnits(), form.ToDecision());
            Founded = result.Created;
            return Done(result, $"Đã chia tách thành {string.Join(", ", result.Created.Select(o => $"“{o.Name}”"))}.");
        });
    }

    public Task<IActionResult> OnPostPreviewDissolveAsync(Guid id, DissolveOrganizationRequest request)
    {
        PendingDissolve = request;
        return PreviewAsync(id, request, "Dissolve", [], () => preview.DissolveAsync(id, request.Version, request.ToDecision()));
    }

    public Task<IActionResult> OnPostDissolveAsync(Guid id, DissolveOrganizationRequest request) =>
        ChangeAsync(id, request, [], async () => Done(await restructuring.DissolveAsync(id, request.Version, request.ToDecision()), "Đã giải thể."));

    /// <summary>The Vietnamese title of an operation, for the preview's heading and confirm button.</summary>
    public static string OperationName(string? operation) => operation switch
    {
        "Move" => "chuyển tổ chức",
        "Merge" => "hợp nhất",
        "Split" => "chia tách",
        "Dissolve" => "giải thể",
        _ => string.Empty,
    };

    private async Task<IActionResult> PreviewAsync(
        Guid id, RestructureRequest request, string operation, IReadOnlyCollection<string> otherPaths, Func<Task<RestructurePreviewResult>> run) =>
        await GuardAsync(id, request, otherPaths, async () =>
        {
            Preview = await run();
            PreviewOperation = operation;
        });

    private async Task<IActionResult> ChangeAsync(
        Guid id, RestructureRequest request, IReadOnlyCollection<string> otherPaths, Func<Task<string?>> change) =>
        await GuardAsync(id, request, otherPaths, async () =>
        {
            if (await change() is { } error)
            {
                ModelState.AddModelError(string.Empty, error);
            }
            else
            {
                // Done: the forms start afresh from the organization as it now stands.
                (PendingMove, PendingMerge, PendingSplit, PendingDissolve) = (null, null, null, null);
            }
        });

    /// <summary>Loads the page, checks the Office role over the organization and every other one the change touches, validates, then acts.</summary>
    private async Task<IActionResult> GuardAsync(Guid id, RestructureRequest request, IReadOnlyCollection<string> otherPaths, Func<Task> act)
    {
        if (!await LoadAsync(id))
        {
            return NotFound();
        }

        if (!CanRestructure)
        {
            return Forbid();
        }

        foreach (var path in otherPaths)
        {
            if (!await authorization.AllowsAsync(User, Policies.Office, path))
            {
                return Forbid();
            }
        }

        if (Api.RequestValidation.Errors(request) is { } invalid)
        {
            foreach (var message in invalid.Values.SelectMany(messages => messages))
            {
                ModelState.AddModelError(string.Empty, message);
            }

            return Page();
        }

        await act();
        await LoadAsync(id);
        return Page();
    }

    private string? Done(RestructureResult result, string message)
    {
        if (result.Error is null)
        {
            Message = message;
        }

        return result.Error;
    }

    private async Task<IReadOnlyCollection<string>> PathsAsync(IEnumerable<Guid?> ids)
    {
        var paths = new List<string>();
        foreach (var id in ids.OfType<Guid>().Distinct())
        {
            if (await queries.FindAsync(id) is { } organization)
            {
                paths.Add(organization.Path);
            }
        }

        return paths;
    }

    /// <summary>The new organizations stand under the split one's parent: the page asks for the Office role there too.</summary>
    private async Task<IReadOnlyCollection<string>> SplitParentPathsAsync(Guid id) =>
        await queries.FindAsync(id) is { } source
            ? source.ParentId is { } parentId ? await PathsAsync([parentId]) : [OrganizationPath.Root]
            : [];

    private async Task<bool> LoadAsync(Guid id)
    {
        var organization = await queries.FindAsync(id);
        var scopes = User.ReadableScopes();
        if (organization is null || !User.CanReadOrganization(organization.Path))
        {
            return false;
        }

        Organization = organization;
        var visible = await queries.CurrentAsync(scopes);
        Children = visible.Where(node => node.ParentId == id).ToList();
        SubtreeSize = visible.Count(node => OrganizationPath.IsWithin(node.Path, organization.Path)) - 1;
        ParentCandidates = visible
            .Where(node => !OrganizationPath.IsWithin(node.Path, organization.Path) && OrganizationRules.MayContain(node.Kind, organization.Kind))
            .ToList();
        MergeCandidates = visible.Where(node => node.ParentId == organization.ParentId && node.Id != id).ToList();
        History = await queries.HistoryAsync(id);
        CanRestructure = await authorization.AllowsAsync(User, Policies.Office, organization.Path);
        RollMembers = CanRestructure && organization.IsActive ? await queries.MembersOnTheRollsAsync(id) : [];
        NewUnits = Math.Clamp(Math.Max(NewUnits, PendingSplit?.Units.Count ?? 0), 2, MaxNewUnits);
        return true;
    }
}

/// <summary>
/// The split form as HTML can post it: the new organizations in rows, and for each unit and member the row it goes to
/// (a select per unit and per member, keyed by id). Rows left without a name and without anything assigned are ignored.
/// </summary>
public sealed class SplitForm : RestructureRequest
{
    public int Version { get; set; }

    public List<SplitUnitForm> Units { get; set; } = [];

    /// <summary>Unit id → the index of the new organization it goes to (empty: not chosen yet).</summary>
    public Dictionary<Guid, string?> ChildUnit { get; set; } = [];

    /// <summary>Member id → the index of the new organization they go to (empty: not chosen yet).</summary>
    public Dictionary<Guid, string?> MemberUnit { get; set; } = [];

    public IReadOnlyList<SplitUnit> ToUnits()
    {
        List<Guid> AssignedTo(Dictionary<Guid, string?> assignments, int index) =>
            assignments.Where(pair => pair.Value == index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Select(pair => pair.Key).ToList();

        return Units
            .Select((unit, index) => new SplitUnit(unit.Name ?? string.Empty, unit.Kind, unit.Type, unit.Agency, AssignedTo(ChildUnit, index), AssignedTo(MemberUnit, index)))
            .Where(unit => !string.IsNullOrWhiteSpace(unit.Name) || unit.Children.Count > 0 || unit.Members.Count > 0)
            .ToList();
    }

    /// <summary>The row a unit or member was assigned to, as posted ("" when none).</summary>
    public static string Chosen(Dictionary<Guid, string?>? assignments, Guid id) =>
        assignments is not null && assignments.TryGetValue(id, out var index) ? index ?? string.Empty : string.Empty;
}

public sealed class SplitUnitForm
{
    public string? Name { get; set; }

    public OrganizationKind Kind { get; set; }

    public OrganizationType Type { get; set; }

    public string? Agency { get; set; }
}
