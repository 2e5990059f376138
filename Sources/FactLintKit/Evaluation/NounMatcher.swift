/// Decides whether a counted noun matches a noun filter.
///
/// A filter entry is a noun class name (from `noun NAME = …`) or a phrase. A
/// phrase matches when its words, each put in the singular, equal the last words
/// of the noun's modifiers and head ("wounded prisoner"), or the head with its
/// `of` complement ("prisoner of war"). "POWs", "prisoners" and "prisoners of war"
/// thus all match the phrase `prisoner`.
enum NounMatcher {
  /// Lower-case singular words of a phrase as written in a rule.
  static func phraseWords(_ text: String) -> [String] {
    text.lowercased().spaceSeparatedWords.map { Inflection.singular(String($0)) }
  }

  /// Whether `noun` matches any entry of `entries`, resolving class names in `classes`.
  static func matches(_ noun: CountedNoun, entries: [String], classes: [String: NounClass]) -> Bool {
    for entry in entries {
      if let cls = classes[entry] {
        if cls.phrases.contains(where: { matches(noun, phrase: $0) }) { return true }
      } else if matches(noun, phrase: phraseWords(entry)) {
        return true
      }
    }
    return false
  }

  static func matches(_ noun: CountedNoun, phrase: [String]) -> Bool {
    guard let last = phrase.last else { return false }
    if let of = phrase.firstIndex(of: "of"), of > 0 {
      guard let complement = noun.complement else { return false }
      return phrase[..<of].last == noun.lemma && phrase.last == Inflection.singular(complement)
        && phrase.count == of + 2
    }
    guard last == noun.lemma else { return false }
    let modifiers = noun.modifiers.map { Inflection.singular($0) }
    let wanted = phrase.dropLast()
    return wanted.isEmpty || modifiers.suffix(wanted.count).elementsEqual(wanted)
  }
}
