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

  /// The patterns of each entry a filter may name: the phrases of a noun class, or
  /// the entry itself read as a phrase. Built once per rule, not once per fact.
  struct Patterns: Sendable {
    private let classes: WordTable<[NounPattern]>

    init(classes: [String: NounClass]) {
      self.classes = WordTable(classes.mapValues { $0.phrases.map(NounPattern.init) })
    }

    /// Whether `noun` matches any entry of `entries`.
    func matches(_ noun: CountedNoun, entries: [String]) -> Bool {
      for entry in entries {
        if let patterns = classes[entry] {
          if patterns.contains(where: { $0.matches(noun) }) { return true }
        } else if NounPattern(phraseWords(entry)).matches(noun) {
          return true
        }
      }
      return false
    }
  }
}

/// One phrase of a noun filter, taken apart once so that a fact is compared by its
/// head first and most facts are turned away after one comparison.
struct NounPattern: Sendable {
  private enum Shape: Sendable {
    /// Never matches: an empty phrase, or an `of` not followed by exactly one word.
    case never
    /// "prisoner of war": the head and the complement in the singular.
    case complemented(head: String, complement: String)
    /// "wounded prisoner": the head, and the words the noun's last modifiers must be.
    case plain(head: String, modifiers: [String])
  }

  private let shape: Shape

  /// The pattern of `phrase` (lower-case singular words).
  init(_ phrase: [String]) {
    guard let last = phrase.last else {
      shape = .never
      return
    }
    if let of = phrase.firstIndex(of: "of"), of > 0 {
      shape = phrase.count == of + 2 ? .complemented(head: phrase[of - 1], complement: last) : .never
    } else {
      shape = .plain(head: last, modifiers: Array(phrase.dropLast()))
    }
  }

  /// Whether `noun` matches the phrase.
  func matches(_ noun: CountedNoun) -> Bool {
    switch shape {
    case .never:
      return false
    case .complemented(let head, let complement):
      guard noun.lemma.equals(head), let written = noun.complement else { return false }
      return Inflection.singular(written) == complement
    case .plain(let head, let modifiers):
      guard noun.lemma.equals(head) else { return false }
      let offset = noun.modifiers.count - modifiers.count
      guard offset >= 0 else { return false }
      for (k, wanted) in modifiers.enumerated() where Inflection.singular(noun.modifiers[offset + k]) != wanted {
        return false
      }
      return true
    }
  }
}
