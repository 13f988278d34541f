namespace DesaPlatform.Host.GraphQL.Scalars;

/// <summary>
/// A scalar input our scalars refuse, with the reason in Bahasa Indonesia and English (API callers read it as is);
/// <see cref="ScalarReasonErrors"/> adds it to the error's message.
/// </summary>
internal sealed class InputRefusedException(string reason) : FormatException(reason);
