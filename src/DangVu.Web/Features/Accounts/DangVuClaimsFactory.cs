using System.Security.Claims;
using DangVu.Data;
using DangVu.Data.Accounts;
using DangVu.Web.Access;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace DangVu.Web.Features.Accounts;

/// <summary>Puts the user's grants, full name, linked member file and pending password change into the cookie.</summary>
internal sealed class DangVuClaimsFactory(UserManager<AppUser> users, IOptions<IdentityOptions> options, DangVuDbContext database)
    : UserClaimsPrincipalFactory<AppUser>(users, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(DangVuClaims.FullName, user.FullName));
        var grants = await database.UserGrants.AsNoTracking().Where(grant => grant.UserId == user.Id).ToListAsync();
        foreach (var grant in grants)
        {
            identity.AddClaim(new Claim(DangVuClaims.Grant, DangVuClaims.Encode(grant.ToRoleGrant())));
        }

        if (user.MemberId is { } memberId)
        {
            identity.AddClaim(new Claim(DangVuClaims.Member, memberId.ToString()));
        }

        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(DangVuClaims.MustChangePassword, "true"));
        }

        return identity;
    }
}
