import FoundationEssentials

/// `factlint [check]`: lints documents and reports findings in one or more formats.
struct CheckCommand {
  let context: CommandContext

  func run() -> Int32 {
    let options = context.options
    let io = context.io
    let format = options.format ?? (io.isTerminal ? "human" : "gnu")
    let sources = SourceManager()
    guard let ruleSet = context.loadRules(sources: sources, report: format) else { return 2 }
    var pipeline = context.pipeline
    pipeline.sieve = FactSieve(rules: ruleSet.rules)
    var walk: CorpusWalker.Result?
    if options.factFiles.isEmpty {
      let walker = CorpusWalker(extensions: options.extensions, baseDirectory: io.currentDirectory)
      let walked = walker.walk(context.documentPaths + options.context)
      walk = walked
      let obstacle = StreamingCheck.obstacle(options, format: format)
      let streams: Bool
      switch options.stream {
      case .never: streams = false
      case .always:
        if let obstacle {
          io.err("factlint: error: '--stream always' cannot be combined with \(obstacle)\n")
          return 2
        }
        streams = true
      case .auto:
        streams =
          obstacle == nil
          && StreamingCheck.reaches(
            StreamingCheck.autoThreshold, walked.files.map(walker.diskPath), jobs: context.pipeline.jobs)
      }
      if streams, let reporter = reporter(format, color: context.useColor) as? any StreamingReporter {
        io.prepareToStream?()
        guard case .success(let baseline) = loadBaseline() else { return 2 }
        let check = StreamingCheck(
          context: context, ruleSet: ruleSet, sources: sources, reporter: reporter, format: format)
        return check.run(walk: walked, walker: walker, baseline: baseline)
      }
    }
    let loaded =
      walk.map { pipeline.load(walked: $0, sources: sources) }
      ?? pipeline.load(factFiles: options.factFiles, sources: sources)
    // With --context, only the documents named on the command line are reported on.
    let reported: Set<String>? =
      options.context.isEmpty
      ? nil
      : Set(
        CorpusWalker(extensions: options.extensions, baseDirectory: io.currentDirectory).walk(context.documentPaths)
          .files)
    for failure in loaded.failures {
      io.err("factlint: error: \(failure.path): \(failure.detail)\n")
    }
    var evaluator = RuleEvaluator(corpus: loaded.corpus)
    evaluator.jobs = context.pipeline.jobs
    evaluator.maxPerDocument = options.maxPerDocument
    evaluator.keepsWorkUntilExit = io.exitsAfterRun
    var outcomes = evaluator.evaluate(ruleSet.rules)
    if options.fix {
      let fixer = FixApplier(sources: sources, faithful: loaded.faithful)
      let result = fixer.apply(outcomes.flatMap(\.diagnostics))
      for message in result.messages { io.err("factlint: \(message)\n") }
      for i in outcomes.indices {
        outcomes[i].diagnostics.removeAll { result.fixed.contains($0) }
      }
    }
    if let reported {
      for i in outcomes.indices {
        outcomes[i].diagnostics.removeAll { !reported.contains(sources[$0.span.file].path) }
      }
    }
    let inputFindings = loaded.diagnostics.filter { reported?.contains(sources[$0.span.file].path) ?? true }
    // Inline suppressions, then the baseline.
    let filter = SuppressionFilter(suppressions: loaded.corpus.documents.flatMap(\.suppressions))
    let known = Set(ruleSet.rules.map(\.id)).union(DefaultRules.ids)
    // The findings leave the outcomes here, and each array is let go once read, so
    // that a large run holds its findings once or twice, not four times.
    var found: [Diagnostic] = []
    found.reserveCapacity(outcomes.reduce(0) { $0 + $1.diagnostics.count })
    for i in outcomes.indices {
      let findingCount = outcomes[i].findingCount
      found.appendMoving(&outcomes[i].diagnostics)
      outcomes[i] = RuleOutcome(rule: outcomes[i].rule, findingCount: findingCount)
    }
    let foundCount = found.count
    var suppression = filter.apply(consume found, knownRules: known, sources: sources)
    var ruleFindings = suppression.kept
    suppression.kept = []
    if let path = options.writeBaseline {
      do {
        try AtomicFile.write(Array(Baseline.render(ruleFindings, sources: sources).utf8), to: context.absolute(path))
        io.err("factlint: wrote \(ruleFindings.count) \(ruleFindings.count == 1 ? "finding" : "findings") to \(path)\n")
        return 0
      } catch {
        io.err("factlint: error: cannot write \(path): \(error)\n")
        return 2
      }
    }
    var baselineCount = 0
    guard case .success(let baseline) = loadBaseline() else { return 2 }
    if let baseline { (ruleFindings, baselineCount) = baseline.apply(ruleFindings, sources: sources) }
    // Each rule's outcome counts the findings of it that were kept; the report holds them.
    // When none was suppressed or accepted, the counts stand as they are, and the
    // findings are not read (each read is a cache miss on a large run).
    if ruleFindings.count != foundCount {
      // Findings come in runs of one rule: a rule's id is hashed once a run, not once a finding.
      var keptByRule: [String: Int] = [:]
      var run: (id: String, count: Int)?
      for finding in ruleFindings {
        let id = finding.ruleID
        if let current = run, current.id == id {
          run = (id, current.count + 1)
          continue
        }
        if let current = run { keptByRule[current.id, default: 0] += current.count }
        run = (id, 1)
      }
      if let current = run { keptByRule[current.id, default: 0] += current.count }
      outcomes = outcomes.map { RuleOutcome(rule: $0.rule, findingCount: keptByRule[$0.rule.id] ?? 0) }
    }
    ruleFindings.append(contentsOf: suppression.directiveDiagnostics)
    ruleFindings.append(contentsOf: inputFindings)
    var report = LintReport(
      sources: sources, diagnostics: consume ruleFindings, outcomes: outcomes,
      documentCount: loaded.corpus.documents.count)
    report.suppressedCount = suppression.suppressedCount
    report.baselineCount = baselineCount
    report.jobs = context.pipeline.jobs
    reporter(format, color: context.useColor).write(report, to: io.out)
    Self.describeRun(report, ruleSet: ruleSet, format: format, context: context)
    var writeFailed = false
    for output in options.outputs {
      let text = render(report, format: output.format, color: false)
      do {
        try AtomicFile.write(Array(text.utf8), to: context.absolute(output.path))
      } catch {
        io.err("factlint: error: cannot write \(output.path): \(error)\n")
        writeFailed = true
      }
    }
    // The corpus and the findings, not the rules: their expression trees are indirect
    // enums, whose tagged pointers leak checkers cannot follow.
    if io.exitsAfterRun { ProcessLifetime.keep((loaded, report.diagnostics)) }
    if writeFailed || !loaded.failures.isEmpty { return 2 }
    if report.count(.error) > 0 { return 1 }
    if options.strict && report.count(.warning) > 0 { return 1 }
    return 0
  }

  /// The baseline named by `--baseline`, if any; a failure is reported on standard error.
  private func loadBaseline() -> Result<Baseline?, BaselineFailure> {
    guard let path = context.options.baseline else { return .success(nil) }
    guard let data = FileManager.default.contents(atPath: context.absolute(path)) else {
      context.io.err("factlint: error: \(path): cannot read baseline\n")
      return .failure(BaselineFailure())
    }
    do {
      return .success(try Baseline.load(data))
    } catch {
      context.io.err("factlint: error: \(path): \(error)\n")
      return .failure(BaselineFailure())
    }
  }

  /// A baseline that could not be read (already reported).
  struct BaselineFailure: Error {}

  /// Writes where the rules came from, and the summary line for the line formats,
  /// to standard error.
  static func describeRun(_ report: LintReport, ruleSet: RuleSet, format: String, context: CommandContext) {
    let rulesNote = describeRules(ruleSet, context: context)
    if format == "gnu" || format == "github" {
      context.io.err("factlint: \(rulesNote)\nfactlint: \(report.summary)\n")
    } else if format == "human" {
      context.io.err("factlint: \(rulesNote)\n")
    }
  }

  private static func describeRules(_ ruleSet: RuleSet, context: CommandContext) -> String {
    let (_, discovered) = context.rulePaths
    let count = ruleSet.rules.count
    var placeText: String
    if let discovered {
      placeText = "rules from \(CommandContext.relative(discovered, to: context.io.currentDirectory))/"
    } else if !context.options.rules.isEmpty {
      placeText = "rules from \(context.options.rules.joined(separator: ", "))"
    } else {
      placeText = "no Rules/ directory found; built-in rules only"
    }
    return "\(placeText) (\(count) \(count == 1 ? "rule" : "rules") in force)"
  }

  func render(_ report: LintReport, format: String, color: Bool) -> String {
    reporter(format, color: color).render(report)
  }

  private func reporter(_ format: String, color: Bool) -> any Reporter {
    switch format {
    case "human": return HumanReporter(color: color)
    case "json": return JSONReporter()
    case "sarif": return SARIFReporter()
    case "github": return GitHubReporter()
    case "junit": return JUnitReporter()
    default: return GNUReporter()
    }
  }
}
