namespace DangVu.Data.FollowUp;

/// <summary>
/// Where follow-up finds the documents to turn into tasks: the document register
/// (<see cref="Documents.RegisteredDirectiveSources"/>). Tasks keep a snapshot of what they were made from, so nothing
/// else in follow-up depends on how documents are stored.
/// </summary>
public interface IDirectiveSources
{
    /// <summary>The documents issued within any of <paramref name="officeScopes"/> (paths), newest first.</summary>
    Task<IReadOnlyList<DirectiveSourceSummary>> ListAsync(IReadOnlyCollection<string> officeScopes, CancellationToken cancellationToken = default);

    /// <summary>One document by its key, or null.</summary>
    Task<DirectiveSource?> FindAsync(string key, CancellationToken cancellationToken = default);
}
