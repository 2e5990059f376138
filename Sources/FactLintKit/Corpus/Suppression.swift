/// An inline suppression written in a document:
///
///     <!-- factlint-ignore swap-size: this report gives the first phase -->
///     factlint-ignore-file name-spelling, titles: quoted from the original
///
/// `factlint-ignore` covers findings on its own line and on the next line;
/// `factlint-ignore-file` covers the whole document. The rule ids come first,
/// separated by commas, then a colon and the reason, which is required.
public struct Suppression: Hashable, Sendable {
  /// The rule ids named.
  public var rules: [String]
  /// Why the findings are accepted.
  public var reason: String
  /// Whether it covers the whole document.
  public var wholeFile: Bool
  /// Where the directive is written (through the end of its line).
  public var span: Span
  /// Where each rule id is written.
  public var ruleSpans: [Span]
}

/// Finds suppression directives in a document's bytes.
public enum SuppressionScanner {
  static let marker: StaticString = "factlint-ignore"

  /// Every directive in `bytes`, in order.
  public static func scan(_ bytes: UnsafeBufferPointer<UInt8>, file: FileID) -> [Suppression] {
    var found: [Suppression] = []
    let n = bytes.count
    let markerCount = marker.utf8CodeUnitCount
    var i = 0
    while i + markerCount <= n {
      // Most documents have no directive: jump to the next "f".
      guard let f = bytes.firstIndex(of: 0x66, in: i..<(n - markerCount + 1)) else { break }
      i = f
      guard matchesMarker(bytes, at: i) else {
        i += 1
        continue
      }
      let start = i
      var k = i + markerCount
      var wholeFile = false
      if k + 5 <= n && bytes[k] == 0x2D && bytes[k + 1] == 0x66 && bytes[k + 2] == 0x69 && bytes[k + 3] == 0x6C
        && bytes[k + 4] == 0x65
      {  // "-file"
        wholeFile = true
        k += 5
      }
      var lineEnd = k
      while lineEnd < n && bytes[lineEnd] != 0x0A && bytes[lineEnd] != 0x0D { lineEnd += 1 }
      // Rule ids up to the colon.
      var rules: [String] = []
      var ruleSpans: [Span] = []
      var j = k
      while j < lineEnd && bytes[j] != 0x3A {
        if isIDByte(bytes[j]) {
          let idStart = j
          while j < lineEnd && isIDByte(bytes[j]) { j += 1 }
          rules.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[idStart..<j]), as: UTF8.self))
          ruleSpans.append(Span(file: file, start: idStart, end: j))
        } else {
          j += 1
        }
      }
      var reason = ""
      if j < lineEnd {
        var reasonEnd = lineEnd
        // Stop before a closing comment marker.
        for closer in ["-->", "*/", ")"] {
          let c = Array(closer.utf8)
          var m = j
          while m + c.count <= lineEnd {
            if Array(bytes[m..<m + c.count]) == c {
              reasonEnd = min(reasonEnd, m)
              break
            }
            m += 1
          }
        }
        reason = String(decoding: UnsafeBufferPointer(rebasing: bytes[(j + 1)..<max(j + 1, reasonEnd)]), as: UTF8.self)
          .trimmingSpaces()
      }
      found.append(
        Suppression(
          rules: rules, reason: reason, wholeFile: wholeFile, span: Span(file: file, start: start, end: lineEnd),
          ruleSpans: ruleSpans))
      i = lineEnd
    }
    return found
  }

  /// The byte ranges extraction skips: each directive's whole line.
  static func excludedRanges(_ suppressions: [Suppression], bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
    suppressions.map { s in
      var lineStart = s.span.start
      while lineStart > 0 && bytes[lineStart - 1] != 0x0A && bytes[lineStart - 1] != 0x0D { lineStart -= 1 }
      return lineStart..<s.span.end
    }
  }

  private static func matchesMarker(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
    let expected = marker.utf8Start
    for k in 0..<marker.utf8CodeUnitCount where bytes[i + k] != expected[k] { return false }
    return true
  }

  private static func isIDByte(_ b: UInt8) -> Bool {
    (b >= 0x61 && b <= 0x7A) || (b >= 0x30 && b <= 0x39) || b == 0x2D || (b >= 0x41 && b <= 0x5A)
  }
}

extension String {
  /// The string without leading and trailing spaces and tabs.
  func trimmingSpaces() -> String {
    var scalars = Substring(self)
    while let f = scalars.first, f == " " || f == "\t" { scalars.removeFirst() }
    while let l = scalars.last, l == " " || l == "\t" { scalars.removeLast() }
    return String(scalars)
  }
}
