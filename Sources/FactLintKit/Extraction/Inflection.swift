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
    let u = Array(word.utf8)
    let n = u.count
    guard n > 3, u[n - 1] == 0x73 else { return word }  // s
    if word.hasUTF8Suffix("ss") || word.hasUTF8Suffix("us") || word.hasUTF8Suffix("is") { return word }
    if word.hasUTF8Suffix("ies") { return String(word.dropLast(3)) + "y" }
    if word.hasUTF8Suffix("sses") || word.hasUTF8Suffix("shes") || word.hasUTF8Suffix("ches")
      || word.hasUTF8Suffix("xes")
      || word.hasUTF8Suffix("zes")
    {
      return String(word.dropLast(2))
    }
    return String(word.dropLast())
  }

  /// Whether `word` (lower-case) reads as a plural noun.
  static func isPlural(_ word: String) -> Bool {
    if irregularPlurals.contains(word) { return true }
    guard word.utf8.count > 3, word.hasUTF8Suffix("s") else { return false }
    if word == "news" || word == "series" || word.hasUTF8Suffix("ss") || word.hasUTF8Suffix("us")
      || word.hasUTF8Suffix("is")
      || word.hasUTF8Suffix("'s")
    {
      return false
    }
    return true
  }
}
