using System.Globalization;

namespace DangVu.Core.Organizations;

/// <summary>
/// Materialized paths: "/" is the whole tree, and each organization's path is its parent's path followed by
/// its own key and a slash. "Everything under X" is every path that starts with X's path.
/// </summary>
public static class OrganizationPath
{
    /// <summary>The path of the tree's root (no organization).</summary>
    public const string Root = "/";

    /// <summary>The path of a child with the given id under a parent path.</summary>
    public static string Child(string parentPath, Guid id) =>
        string.Create(CultureInfo.InvariantCulture, $"{parentPath}{id:N}/");

    /// <summary>Whether <paramref name="path"/> is <paramref name="ancestorPath"/> or lies under it.</summary>
    public static bool IsWithin(string path, string ancestorPath) => path.StartsWith(ancestorPath, StringComparison.Ordinal);

    /// <summary>How many organizations deep a path is (the root is 0).</summary>
    public static int Depth(string path) => path.Count(character => character == '/') - 1;

    /// <summary>A path moved from one parent to another: the old prefix replaced by the new one.</summary>
    public static string Rebase(string path, string oldPrefix, string newPrefix) =>
        IsWithin(path, oldPrefix)
            ? newPrefix + path[oldPrefix.Length..]
            : throw new ArgumentException($"{path} is not under {oldPrefix}.", nameof(path));
}
