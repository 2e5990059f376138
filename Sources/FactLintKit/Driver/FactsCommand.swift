/// `factlint facts`: lists what extraction read from the documents.
struct FactsCommand {
  let context: CommandContext

  func run() -> Int32 {
    let sources = SourceManager()
    let format = context.options.format ?? "table"
    var pipeline = context.pipeline
    pipeline.keepExtracted = format == "jsonl"
    let loaded = pipeline.load(context.documentPaths, sources: sources)
    for failure in loaded.failures {
      context.io.err("factlint: error: \(failure.path): \(failure.detail)\n")
    }
    let report = LintReport(sources: sources, diagnostics: loaded.diagnostics, outcomes: [], documentCount: 0)
    let problems = GNUReporter().render(report)
    if !problems.isEmpty { context.io.err(problems) }
    let reporter = FactsReporter(format: format)
    context.io.out(format == "jsonl" ? reporter.renderFactFile(loaded) : reporter.render(loaded.corpus))
    if context.io.exitsAfterRun { ProcessLifetime.keep(loaded) }
    return loaded.failures.isEmpty ? 0 : 2
  }
}
