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

    /// The patterns `entries` stand for: each entry names a noun class, whose
    /// phrases it stands for, or is a phrase of its own.
    func resolve(_ entries: [String]) -> [NounPattern] {
      entries.flatMap { classes[$0] ?? [NounPattern(phraseWords($0))] }
    }
  }
}

/// One phrase of a noun filter, taken apart once so that a fact is compared by its
/// head first and most facts are turned away after one comparison.
final class NounPattern: Sendable {
  /// The word the noun's head must be in the singular; `nil` for a pattern that
  /// never matches (an empty phrase, or an `of` not followed by exactly one word).
  private let head: String?
  /// For "prisoner of war", the complement in the singular.
  private let complement: String?
  /// For "wounded prisoner", the words the noun's last modifiers must be.
  private let modifiers: [String]

  /// The pattern of `phrase` (lower-case singular words).
  init(_ phrase: [String]) {
    guard let last = phrase.last else {
      (head, complement, modifiers) = (nil, nil, [])
      return
    }
    if let of = phrase.firstIndex(of: "of"), of > 0 {
      (head, complement) = phrase.count == of + 2 ? (phrase[of - 1], last) : (nil, nil)
      modifiers = []
    } else {
      (head, complement, modifiers) = (last, nil, Array(phrase.dropLast()))
    }
  }

  /// Whether `noun`, whose lemma is `lemma`, matches the phrase: a caller testing
  /// many patterns reads the lemma once.
  @inline(__always) func matches(_ noun: CountedNoun, lemma: String) -> Bool {
    guard let head, lemma.equals(head) else { return false }
    if let complement {
      guard let written = noun.complement else { return false }
      return Inflection.singular(written) == complement
    }
    let nounModifiers = noun.modifiers
    let offset = nounModifiers.count - modifiers.count
    guard offset >= 0 else { return false }
    for k in modifiers.indices where Inflection.singular(nounModifiers[offset + k]) != modifiers[k] {
      return false
    }
    return true
  }
}
