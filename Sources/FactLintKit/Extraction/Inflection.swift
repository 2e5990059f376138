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

  /// The singular of `word` (lower-case).
  static func singular(_ word: String) -> String {
    if let known = irregular[word] { return known }
    guard word.utf8.count > 3, word.hasUTF8Suffix("s") else { return word }
    if word.hasUTF8Suffix("ss") || word.hasUTF8Suffix("us") || word.hasUTF8Suffix("is") { return word }
    if word.hasUTF8Suffix("ies") { return dropping(3, from: word) + "y" }
    if word.hasUTF8Suffix("sses") || word.hasUTF8Suffix("shes") || word.hasUTF8Suffix("ches")
      || word.hasUTF8Suffix("xes")
      || word.hasUTF8Suffix("zes")
    {
      return dropping(2, from: word)
    }
    return dropping(1, from: word)
  }

  /// `word` without its last `count` bytes, which are ASCII letters (so each is a
  /// Character of its own, and what remains ends on a scalar boundary).
  private static func dropping(_ count: Int, from word: String) -> String {
    String(word[..<word.utf8.index(word.utf8.endIndex, offsetBy: -count)])
  }

  /// Whether `word` (lower-case) reads as a plural noun.
  static func isPlural(_ word: String) -> Bool {
    if irregularPlurals.contains(word) { return true }
    guard word.utf8.count > 3, word.hasUTF8Suffix("s") else { return false }
    if word.equals("news") || word.equals("series") || word.hasUTF8Suffix("ss") || word.hasUTF8Suffix("us")
      || word.hasUTF8Suffix("is")
      || word.hasUTF8Suffix("'s")
    {
      return false
    }
    return true
  }
}
