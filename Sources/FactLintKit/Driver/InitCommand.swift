import FoundationEssentials

/// `factlint init`: writes `Rules/starter.rules`, a rule file whose comments teach the language.
struct InitCommand {
  let context: CommandContext

  func run() -> Int32 {
    let directory = context.io.currentDirectory + "/Rules"
    let path = directory + "/starter.rules"
    if FileManager.default.fileExists(atPath: path) {
      context.io.err("factlint: error: Rules/starter.rules already exists; not overwritten\n")
      return 2
    }
    do {
      try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
      try AtomicFile.write(Array(StarterRules.text.utf8), to: path)
    } catch {
      context.io.err("factlint: error: cannot write Rules/starter.rules: \(error)\n")
      return 2
    }
    context.io.out("wrote Rules/starter.rules; run 'factlint test' to check its examples, then 'factlint' to lint\n")
    return 0
  }
}
