import FoundationEssentials

/// The factlint command line: parses arguments, runs a subcommand, returns the exit status.
///
/// Exit status: 0 clean, 1 findings at error severity (or warnings under
/// `--strict`), 2 usage, input or rule-file errors.
public enum FactLintCommand {
  /// The version printed by `--version`.
  public static let version = "0.1.0"

  /// Runs factlint with `arguments` (without the program name).
  public static func run(_ arguments: [String], io: CommandIO) -> Int32 {
    let options: Options
    do {
      options = try Options.parse(arguments)
    } catch {
      io.err(
        "factlint: error: \(error.message)\nusage: factlint [check|facts|rules|explain|test|init] [options] [PATH ...]\ntry 'factlint --help' for more\n"
      )
      return 2
    }
    if options.help {
      io.out(Options.usage + "\n")
      return 0
    }
    if options.version {
      io.out("factlint \(version)\n")
      return 0
    }
    let context = CommandContext(options: options, io: io)
    switch options.command {
    case .check: return CheckCommand(context: context).run()
    case .facts: return FactsCommand(context: context).run()
    case .rules: return RulesCommand(context: context).list()
    case .explain: return RulesCommand(context: context).explain(options.paths[0])
    case .test: return TestCommand(context: context).run()
    case .initialize: return InitCommand(context: context).run()
    }
  }
}

/// What every subcommand shares: options, IO, and rule loading.
struct CommandContext: Sendable {
  let options: Options
  let io: CommandIO

  /// The documents to report on: the paths given, or the current directory
  /// (none when only `--context` is given).
  var documentPaths: [String] {
    options.paths.isEmpty && options.context.isEmpty ? ["."] : options.paths
  }

  /// The rule paths: `--rules`, or the nearest `Rules/` walking up from the current directory.
  var rulePaths: (paths: [String], discovered: String?) {
    if !options.rules.isEmpty { return (options.rules, nil) }
    if let found = RuleSet.discover(from: io.currentDirectory) {
      return ([Self.relative(found, to: io.currentDirectory)], found)
    }
    return ([], nil)
  }

  /// Loads the rules, reporting rule-file errors. `nil` means the run must stop (exit 2).
  func loadRules(sources: SourceManager, report format: String) -> RuleSet? {
    let (paths, _) = rulePaths
    for path in options.rules where !FileManager.default.fileExists(atPath: absolute(path)) {
      io.err("factlint: error: \(path): no such rule file or directory\n")
      return nil
    }
    let ruleSet = RuleSet.load(
      paths: paths, sources: sources, defaults: options.defaults, baseDirectory: io.currentDirectory)
    guard ruleSet.errors.isEmpty else {
      let report = LintReport(sources: sources, diagnostics: ruleSet.errors, outcomes: [], documentCount: 0)
      let text =
        format == "human" ? HumanReporter(color: useColor, summary: false).render(report) : GNUReporter().render(report)
      io.err(text)
      let n = ruleSet.errors.count
      io.err("factlint: \(n) \(n == 1 ? "error" : "errors") in rule files; nothing was checked\n")
      return nil
    }
    return ruleSet
  }

  /// Whether to colour human output.
  var useColor: Bool {
    if let noColor = io.environment["NO_COLOR"], !noColor.isEmpty { return false }
    switch options.color {
    case .always: return true
    case .never: return false
    case .auto: return io.isTerminal && io.environment["TERM"] != "dumb"
    }
  }

  /// `path` resolved against the current directory.
  func absolute(_ path: String) -> String {
    path.hasPrefix("/") ? path : io.currentDirectory + "/" + path
  }

  /// A pipeline set up from the options.
  var pipeline: LintPipeline {
    LintPipeline(jobs: options.jobs, extensions: options.extensions, baseDirectory: io.currentDirectory)
  }

  /// `path` relative to `base` when it lies below it.
  static func relative(_ path: String, to base: String) -> String {
    let b = base.hasSuffix("/") ? base : base + "/"
    if path.hasPrefix(b) { return String(path.dropFirst(b.count)) }
    return path
  }
}
