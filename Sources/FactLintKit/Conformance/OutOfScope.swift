/// Conformance rows judged out of scope for a linter of news prose, with the reason.
/// The judgement looks at the kind and the form of a row, never at a case string.
enum OutOfScope {
  static func reason(_ c: ConformanceCase) -> String? {
    let e = c.expected
    switch c.kind {
    case "ordinal.relative":
      return "relative ordinals (\"next\", \"last\") name no number"
    case "time":
      if e.contains("grain=hour") || e.contains("grain=minute") || e.contains("grain=second") {
        return "clock times: news facts are days, not minutes"
      }
      if e.hasPrefix("[") { return "time intervals resolved against a reference instant" }
      return nil
    case "quantity":
      return nil
    default:
      break
    }
    if c.source.contains("DurationParser") || c.source.contains("DurationExtractor") {
      return nil
    }
    return nil
  }
}
