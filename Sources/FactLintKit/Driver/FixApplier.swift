import FoundationEssentials

/// Applies safe fix-its to documents for `--fix`.
///
/// Only documents read byte for byte (not transcoded from UTF-16) are changed;
/// a file that changed on disk since it was read is refused; overlapping edits
/// keep the first; every file is written atomically with its permissions kept.
struct FixApplier {
  let sources: SourceManager
  let faithful: [FileID: Bool]

  struct Result {
    /// The diagnostics whose fix-its were applied.
    var fixed: Set<Diagnostic>
    /// What was done, one line each.
    var messages: [String]
  }

  func apply(_ diagnostics: [Diagnostic]) -> Result {
    var byFile: [FileID: [(Diagnostic, TextEdit)]] = [:]
    for d in diagnostics {
      guard let fix = d.fixIts.first(where: \.isSafe) else { continue }
      for edit in fix.edits { byFile[edit.span.file, default: []].append((d, edit)) }
    }
    var fixed = Set<Diagnostic>()
    var messages: [String] = []
    for fileID in byFile.keys.sorted() {
      let file = sources[fileID]
      guard faithful[fileID] == true else {
        messages.append("\(file.path): not fixed: the file was decoded from another encoding")
        continue
      }
      guard let onDisk = FileManager.default.contents(atPath: file.diskPath).map([UInt8].init),
        onDisk.count == file.prefixLength + file.bytes.count,
        onDisk.dropFirst(file.prefixLength).elementsEqual(file.bytes)
      else {
        messages.append("\(file.path): not fixed: the file changed since it was read")
        continue
      }
      var edits = byFile[fileID]!.sorted { $0.1.span.start < $1.1.span.start }
      var kept: [(Diagnostic, TextEdit)] = []
      var lastEnd = -1
      for item in edits where item.1.span.start >= lastEnd {
        kept.append(item)
        lastEnd = item.1.span.end
      }
      edits = kept
      var bytes = Array(onDisk[..<file.prefixLength])
      var cursor = 0
      for (_, edit) in edits {
        bytes.append(contentsOf: file.bytes[cursor..<edit.span.start])
        bytes.append(contentsOf: Array(edit.replacement.utf8))
        cursor = edit.span.end
      }
      bytes.append(contentsOf: file.bytes[cursor...])
      do {
        try AtomicFile.write(bytes, to: file.diskPath)
        for (d, _) in edits { fixed.insert(d) }
        messages.append("\(file.path): fixed \(edits.count) \(edits.count == 1 ? "finding" : "findings")")
      } catch {
        messages.append("\(file.path): not fixed: \(error)")
      }
    }
    return Result(fixed: fixed, messages: messages)
  }
}
