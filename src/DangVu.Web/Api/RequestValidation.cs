using System.ComponentModel.DataAnnotations;

namespace DangVu.Web.Api;

/// <summary>Checks a request body's data annotations; the messages are the Vietnamese ones on the request type.</summary>
internal static class RequestValidation
{
    /// <summary>The errors by field, or null when the request is valid.</summary>
    public static Dictionary<string, string[]>? Errors(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return null;
        }

        return results
            .GroupBy(result => result.MemberNames.FirstOrDefault() ?? string.Empty)
            .ToDictionary(group => group.Key, group => group.Select(result => result.ErrorMessage ?? string.Empty).ToArray());
    }
}
