/// A mistake on the command line (exit status 2).
public struct UsageError: Error, Equatable, Sendable {
  /// What is wrong, lower-case.
  public var message: String
}

/// The subcommands of factlint.
public enum Command: String, Sendable, CaseIterable {
  /// Lint documents against the rules (the default).
  case check
  /// List the facts extracted from documents.
  case facts
  /// List the rules in force.
  case rules
  /// Print one rule with its explanation and examples.
  case explain
  /// Run every rule's own examples.
  case test
  /// Write a starter rule file.
  case initialize = "init"
}

/// When to colour the human format.
public enum ColorMode: String, Sendable {
  case auto, always, never
}

/// When `check` streams the corpus (``StreamingCheck``) instead of holding it:
/// from a size on, always, or never.
public enum StreamMode: String, Sendable {
  case auto, always, never
}

/// Parsed command-line options.
public struct Options: Sendable, Equatable {
  public var command: Command = .check
  /// Documents or directories (default: the current directory); for `explain`, the rule id.
  public var paths: [String] = []
  /// Rule files or directories given with `--rules`.
  public var rules: [String] = []
  /// Documents read for cross-document rules but not reported on (`--context`).
  public var context: [String] = []
  /// Fact files to check instead of documents (`--facts FILE`).
  public var factFiles: [String] = []
  /// A baseline of accepted findings (`--baseline FILE`).
  public var baseline: String?
  /// Where to write the current findings as a baseline (`--write-baseline FILE`).
  public var writeBaseline: String?
  /// The format written to standard output.
  public var format: String?
  /// Extra outputs: `--output FORMAT=FILE`.
  public var outputs: [Output] = []
  public var strict = false
  public var fix = false
  public var defaults = true
  public var jobs = 0
  /// The most disagreeing statements of one document reported one by one (0: all).
  public var maxPerDocument = 20
  public var color: ColorMode = .auto
  /// Whether `check` streams the corpus instead of holding it (see `--stream`).
  public var stream: StreamMode = .auto
  public var help = false
  public var version = false
  /// Extensions taken from directories.
  public var extensions: Set<String> = ["txt", "md"]

  /// A further output file.
  public struct Output: Sendable, Equatable {
    public var format: String
    public var path: String
  }

  /// The formats `--format` accepts for the `check` command.
  public static let checkFormats = ["human", "gnu", "json", "sarif", "github", "junit"]
  /// The formats `--format` accepts for the `facts` command.
  public static let factFormats = ["table", "json", "jsonl", "stats"]

  /// Parses `arguments` (without the program name).
  public static func parse(_ arguments: [String]) throws(UsageError) -> Options {
    var options = Options()
    var rest = arguments[...]
    if let first = rest.first, let command = Command(rawValue: first) {
      options.command = command
      rest = rest.dropFirst()
    }
    var onlyPaths = false
    while let argument = rest.popFirst() {
      if onlyPaths || !argument.hasPrefix("-") || argument == "-" {
        options.paths.append(argument)
        continue
      }
      var name = argument
      var inlineValue: String?
      if let eq = argument.firstIndex(of: "="), argument.hasPrefix("--") {
        name = String(argument[..<eq])
        inlineValue = String(argument[argument.index(after: eq)...])
      }
      func value() throws(UsageError) -> String {
        if let inlineValue { return inlineValue }
        guard let next = rest.popFirst() else { throw UsageError(message: "option '\(name)' needs a value") }
        return next
      }
      switch name {
      case "--": onlyPaths = true
      case "-h", "--help": options.help = true
      case "--version": options.version = true
      case "--strict": options.strict = true
      case "--fix": options.fix = true
      case "--no-default-rules": options.defaults = false
      case "--rules", "-r": options.rules.append(try value())
      case "--context", "-c": options.context.append(try value())
      case "--facts": options.factFiles.append(try value())
      case "--baseline": options.baseline = try value()
      case "--write-baseline": options.writeBaseline = try value()
      case "--format", "-f": options.format = try value()
      case "--output", "-o":
        let spec = try value()
        guard let eq = spec.firstIndex(of: "="), eq != spec.startIndex else {
          throw UsageError(message: "'--output' takes FORMAT=FILE, e.g. sarif=factlint.sarif")
        }
        let format = String(spec[..<eq])
        guard checkFormats.contains(format) else {
          throw UsageError(
            message: "unknown format '\(format)' in '--output'; formats are \(checkFormats.joined(separator: ", "))")
        }
        options.outputs.append(Output(format: format, path: String(spec[spec.index(after: eq)...])))
      case "--jobs", "-j":
        let text = try value()
        guard let jobs = Int(text), jobs >= 1, jobs <= 256 else {
          throw UsageError(message: "'--jobs' takes a whole number from 1 to 256, not '\(text)'")
        }
        options.jobs = jobs
      case "--max-per-document":
        let text = try value()
        guard let limit = Int(text), limit >= 0 else {
          throw UsageError(message: "'--max-per-document' takes a whole number (0: no limit), not '\(text)'")
        }
        options.maxPerDocument = limit
      case "--color", "--colour":
        let text = try value()
        guard let mode = ColorMode(rawValue: text) else {
          throw UsageError(message: "'--color' takes auto, always or never, not '\(text)'")
        }
        options.color = mode
      case "--stream":
        let text = try value()
        guard let mode = StreamMode(rawValue: text) else {
          throw UsageError(message: "'--stream' takes auto, always or never, not '\(text)'")
        }
        options.stream = mode
      case "--ext":
        options.extensions = Set(try value().split(separator: ",").map { $0.lowercased() })
      default:
        var message = "unknown option '\(name)'"
        if let close = Suggestions.closest(to: name, among: knownOptions) { message += "; did you mean '\(close)'?" }
        throw UsageError(message: message)
      }
    }
    if let format = options.format {
      let allowed = options.command == .facts ? factFormats : checkFormats
      guard allowed.contains(format) else {
        throw UsageError(message: "unknown format '\(format)'; formats are \(allowed.joined(separator: ", "))")
      }
    }
    if !options.factFiles.isEmpty {
      if options.command != .check { throw UsageError(message: "'--facts' is an option of 'factlint check'") }
      if !options.paths.isEmpty || !options.context.isEmpty {
        throw UsageError(message: "'--facts' checks fact files; give no documents beside it")
      }
      if options.fix { throw UsageError(message: "'--fix' needs the documents, not fact files") }
    }
    if options.command == .explain && options.paths.count != 1 {
      throw UsageError(message: "'factlint explain' takes one rule id")
    }
    return options
  }

  static let knownOptions = [
    "--help", "--version", "--strict", "--fix", "--no-default-rules", "--rules", "--context", "--format", "--output",
    "--jobs", "--color", "--ext", "--baseline", "--write-baseline", "--max-per-document", "--facts", "--stream",
  ]

  /// The text of `factlint --help`.
  public static let usage = """
    factlint: a fact-consistency checker for prose

    usage: factlint [check] [options] [PATH ...]   lint documents (default: the current directory)
           factlint facts [--format table|json|jsonl|stats] [PATH ...]
           factlint rules                          list the rules in force
           factlint explain RULE                   show one rule with its examples
           factlint test [--rules PATH]            run every rule's own examples
           factlint init                           write a starter rule file in Rules/

    options:
      -r, --rules PATH        rule file or directory (default: the nearest Rules/ walking up)
      -c, --context PATH      also read PATH for cross-document rules, but report only on
                              the PATHs given (pre-commit passes the changed files)
          --facts FILE        check the documents of a fact file written by
                              'factlint facts --format jsonl' (repeatable: shards)
          --no-default-rules  do not load factlint's built-in rules
      -f, --format NAME       human (default on a terminal), gnu, json, sarif, github, junit
      -o, --output NAME=FILE  also write format NAME to FILE (repeatable)
          --strict            warnings fail the run too
          --baseline FILE     accept the findings recorded in FILE; only new ones are reported
          --write-baseline FILE
                              record the current findings in FILE and exit 0
          --fix               apply safe fix-its to the documents (atomically)
      -j, --jobs N            worker threads (default: one per core)
          --max-per-document N
                              report at most N statements of a document that disagree
                              on one fact, and sum up the rest (default 20; 0: all)
          --color WHEN        auto, always or never (NO_COLOR is respected)
          --stream WHEN       auto, always or never: pass over the corpus two or three
                              times, kept in a scratch file in $TMPDIR, instead of holding
                              it, for corpora larger than memory (auto: from 256 MB)
          --ext LIST          extensions read from directories (default: txt,md)
          --version           print the version
      -h, --help              print this help

    exit status: 0 clean, 1 findings at error severity (or warnings with --strict),
                 2 usage, input or rule-file errors
    """
}
