namespace DesaPlatform.SharedKernel.Auditing;

/// <summary>
/// A save failed after its changes were accepted by the context: running it again would save nothing, so the
/// retrying strategy must not (it retries only the failures it knows as transient, which this is not).
/// </summary>
public sealed class SavedChangesNotRepeatableException(Exception inner)
    : Exception("The changes were saved but not their audit entries; the transaction was rolled back.", inner);
