/// A path that could not be read as a document, or a document that was read with trouble.
public struct InputProblem: Hashable, Sendable {
  /// What went wrong.
  public enum Kind: String, Sendable {
    /// The path does not exist (exit status 2).
    case missing = "input-missing"
    /// The file or directory could not be read (exit status 2).
    case unreadable = "input-unreadable"
    /// A directory reached again through a symbolic link; skipped.
    case symlinkLoop = "input-symlink-loop"
    /// The file holds NUL bytes or is otherwise binary; skipped.
    case binary = "input-binary"
    /// The file has bytes that are not UTF-8; they were replaced and the rest linted.
    case invalidUTF8 = "input-invalid-utf8"
    /// The file was UTF-16 and has been decoded.
    case transcoded = "input-utf16"
    /// The file is empty.
    case empty = "input-empty"

    /// How serious the problem is.
    public var severity: Severity {
      switch self {
      case .missing, .unreadable: .error
      case .invalidUTF8: .warning
      case .symlinkLoop, .binary, .transcoded, .empty: .note
      }
    }
  }

  /// The path as given or found.
  public var path: String
  /// What went wrong.
  public var kind: Kind
  /// A lower-case explanation.
  public var detail: String
  /// Where in the file (byte offset in the decoded text), when known.
  public var offset: Int?

  /// Creates a problem report.
  public init(path: String, kind: Kind, detail: String, offset: Int? = nil) {
    self.path = path
    self.kind = kind
    self.detail = detail
    self.offset = offset
  }
}
