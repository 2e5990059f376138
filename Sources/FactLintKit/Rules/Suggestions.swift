/// "Did you mean …?" for misspelled keywords, rule ids and selection names.
enum Suggestions {
  /// The candidate closest to `word` by edit distance, if it is close enough to be a typo.
  static func closest(to word: String, among candidates: [String]) -> String? {
    let w = Array(word.lowercased().unicodeScalars)
    var best: (String, Int)?
    for candidate in candidates {
      let c = Array(candidate.unicodeScalars)
      let limit = max(1, min(3, max(w.count, c.count) / 3))
      guard Swift.abs(w.count - c.count) <= limit, !w.isEmpty, !c.isEmpty else { continue }
      let d = SpellingVariants.distance(w, c, limit: limit)
      if d <= limit && (best == nil || d < best!.1) { best = (candidate, d) }
    }
    return best?.0
  }
}
