using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace DesaPlatform.Tests.Infrastructure;

public sealed record LogEntry(string Category, string Message, string Scopes)
{
    public override string ToString() => $"{Category} {Message} {Scopes}";
}

/// <summary>Every log entry a host writes, with its scopes, to look for what must (or must not) be in the log.</summary>
public sealed class CapturedLogs : ILoggerProvider, ISupportExternalScope
{
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public ConcurrentQueue<LogEntry> Entries { get; } = new();

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<string>();
            owner._scopes.ForEachScope((scope, list) => list.Add(Describe(scope)), scopes);
            owner.Entries.Enqueue(new LogEntry(category, $"{formatter(state, exception)} {Describe(state)} {exception}", string.Join(" ", scopes)));
        }

        private static string Describe(object? value) => value is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}"))
            : value?.ToString() ?? "";
    }
}
