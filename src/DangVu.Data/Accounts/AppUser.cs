using DangVu.Core.Text;
using Microsoft.AspNetCore.Identity;

namespace DangVu.Data.Accounts;

/// <summary>A person who signs in to DangVu.</summary>
public sealed class AppUser : IdentityUser<Guid>
{
    public AppUser()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.NewGuid().ToString("N");
    }

    private string _fullName = string.Empty;

    public string FullName
    {
        get => _fullName;
        set
        {
            var keys = PersonNames.Keys(value);
            (_fullName, GivenName, SortName, SearchKey) = (keys.FullName, keys.GivenName, keys.SortName, keys.SearchKey);
        }
    }

    /// <summary>The first sort key of people lists, with the database's Vietnamese collation.</summary>
    public string GivenName { get; private set; } = string.Empty;

    /// <summary>The second sort key: given name first, then family and middle names.</summary>
    public string SortName { get; private set; } = string.Empty;

    /// <summary>Folded name (no marks, đ→d, lower case) for indexed prefix search.</summary>
    public string SearchKey { get; private set; } = string.Empty;

    /// <summary>Set for one-time passwords: the next sign-in must choose a new one.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Made up for the demo; shown with a "dữ liệu mẫu" badge so nobody takes it for a real person.</summary>
    public bool IsSynthetic { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>The member file of the person who signs in, if they are a party member: what "Của tôi" shows them.</summary>
    public Guid? MemberId { get; set; }

    public List<UserGrant> Grants { get; } = [];
}
