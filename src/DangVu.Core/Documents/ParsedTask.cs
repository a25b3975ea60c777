namespace DangVu.Core.Documents;

/// <summary>A numbered task ("1- Đẩy mạnh phong trào thi đua …") with the paragraphs that follow it.</summary>
/// <param name="Number">The task's number.</param>
/// <param name="Text">Its text without the number; its paragraphs separated by a line break.</param>
public sealed record ParsedTask(int Number, string Text);
