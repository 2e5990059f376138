/// Singular forms of English nouns, for matching counted nouns.
enum Inflection {
  private static let irregular: WordTable<String> = [
    "children": "child", "people": "person", "men": "man", "women": "woman", "feet": "foot",
    "teeth": "tooth", "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife",
    "knives": "knife", "leaves": "leaf", "halves": "half", "wolves": "wolf", "thieves": "thief",
    "police": "police", "staff": "staff", "personnel": "personnel", "news": "news",
    "series": "series", "species": "species", "crises": "crisis", "analyses": "analysis",
    "bases": "base", "data": "data", "media": "media", "aircraft": "aircraft", "sheep": "sheep",
    "fish": "fish", "deer": "deer", "pows": "pow", "casualties": "casualty",
  ]
  /// Plural nouns that end in something other than "s".
  static let irregularPlurals: WordSet = [
    "children", "people", "men", "women", "feet", "teeth", "mice", "geese", "police", "staff",
    "personnel", "troops", "aircraft", "cattle", "data", "media",
  ]

  /// The singular of `word` (lower-case). The endings are told apart on the word's
  /// last bytes, read once: most words end in no "s" and are given back as they are.
  static func singular(_ word: String) -> String {
    if let known = irregular[word] { return known }
    let cut = word.withUTF8Bytes(singularCut)
    switch cut {
    case .none: return word
    case .drop(let count): return word.droppingLastUTF8(count)
    case .ies: return word.droppingLastUTF8(3) + "y"
    }
  }

  /// How a regular plural ends: in no "s" of a plural, in "ies" (for "y"), or in one or
  /// two letters to drop.
  private enum Cut {
    case none
    case drop(Int)
    case ies
  }

  /// The cut that makes `b`, a lower-case word, singular: "-ss", "-us", "-is" are not
  /// plurals; "-sses", "-shes", "-ches", "-xes", "-zes" drop "es"; others drop the "s".
  private static func singularCut(_ b: UnsafeBufferPointer<UInt8>) -> Cut {
    let n = b.count
    guard n > 3, b[n - 1] == 0x73 else { return .none }
    let before = b[n - 2]
    if before == 0x73 || before == 0x75 || before == 0x69 { return .none }
    guard before == 0x65 else { return .drop(1) }
    switch b[n - 3] {
    case 0x69: return .ies
    case 0x78, 0x7A: return .drop(2)
    case 0x68 where b[n - 4] == 0x73 || b[n - 4] == 0x63: return .drop(2)
    case 0x73 where b[n - 4] == 0x73: return .drop(2)
    default: return .drop(1)
    }
  }

  /// Whether `word` (lower-case) reads as a plural noun.
  static func isPlural(_ word: String) -> Bool {
    if irregularPlurals.contains(word) { return true }
    let endsAsPlural = word.withUTF8Bytes(endsAsPlural)
    return endsAsPlural && !word.equals("news") && !word.equals("series")
  }

  /// Whether `b` ends in an "s" of a plural: more than three bytes, and not "-ss", "-us",
  /// "-is" or the possessive "'s".
  private static func endsAsPlural(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
    let n = b.count
    guard n > 3, b[n - 1] == 0x73 else { return false }
    let before = b[n - 2]
    return before != 0x73 && before != 0x75 && before != 0x69 && before != 0x27
  }
}
