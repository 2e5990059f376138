/// Where a command writes, and what it knows of its terminal and environment.
public struct CommandIO: Sendable {
  /// Writes to standard output.
  public var out: @Sendable (String) -> Void
  /// Writes to standard error.
  public var err: @Sendable (String) -> Void
  /// Whether standard output is a terminal.
  public var isTerminal: Bool
  /// The environment (for `NO_COLOR`).
  public var environment: [String: String]
  /// The current directory.
  public var currentDirectory: String
  /// Whether the process ends as soon as the command returns. The command then
  /// leaves its corpus and findings to ``ProcessLifetime`` instead of freeing them.
  public var exitsAfterRun = false
  /// Called once a check knows it streams its corpus (``StreamingCheck``), before it
  /// writes anything or reads a document. The command-line tool starts itself again
  /// there with deeper allocator caches (``AllocatorRestart``), so it may not return.
  public var prepareToStream: (@Sendable () -> Void)?

  /// Creates an IO description.
  public init(
    out: @escaping @Sendable (String) -> Void, err: @escaping @Sendable (String) -> Void, isTerminal: Bool,
    environment: [String: String], currentDirectory: String
  ) {
    self.out = out
    self.err = err
    self.isTerminal = isTerminal
    self.environment = environment
    self.currentDirectory = currentDirectory
  }
}
