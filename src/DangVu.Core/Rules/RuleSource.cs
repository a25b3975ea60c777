using DangVu.Core.Text;

namespace DangVu.Core.Rules;

/// <summary>
/// Where a rule value comes from: the document (kind and number, e.g. "Quy định 294-QĐ/TW"), its date, and whether
/// the value was confirmed against the document. An unconfirmed value is one DangVu applies for want of a better one
/// (carried from the nearest known rule set, or read in a secondary source); the UI says so.
/// </summary>
/// <param name="Document">The document, in Vietnamese ("Hướng dẫn 06-HD/TW", "Điều lệ Đảng, Điều 4").</param>
/// <param name="Date">The document's date, when known.</param>
/// <param name="IsConfirmed">True when the value was confirmed against the document; false for a carried or unchecked value.</param>
/// <param name="Note">Why the value is unconfirmed, or where the details are (Vietnamese); null when there is nothing to add.</param>
public sealed record RuleSource(string Document, DateOnly? Date, bool IsConfirmed, string? Note = null)
{
    /// <summary>"Quy định 294-QĐ/TW ngày 26/05/2025": the document as a refusal or a page names it.</summary>
    public string Citation => Date is { } date ? $"{Document} ngày {VietnameseDates.Numeric(date)}" : Document;
}

/// <summary>One value of a rule set, with its source.</summary>
/// <typeparam name="T">The value's type (a number of months, a <see cref="Fraction"/>, a rule record…).</typeparam>
/// <param name="Value">The value in force.</param>
/// <param name="Source">Where it comes from and whether it is confirmed.</param>
public sealed record RuleValue<T>(T Value, RuleSource Source)
{
    /// <summary>Whether the value was confirmed against its source document.</summary>
    public bool IsConfirmed => Source.IsConfirmed;
}
