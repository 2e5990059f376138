/// What an agreement compares statements within: a counted thing, the noun phrase
/// in the singular (modifiers, head, complement, participles) and whether it is
/// counted per side; or, for an agreement that is not by noun, every statement.
///
/// Compared and hashed by the parts of the phrase, read from the noun where it is:
/// no text is made for a statement, and most things differ by their head.
struct CountedThing: Hashable, Sendable {
  /// The noun whose phrase is compared; `nil` when every statement is one thing.
  private let noun: CountedNoun?
  private let perSide: Bool

  /// The thing every statement of an agreement not by noun falls under.
  static let everything = CountedThing(noun: nil, perSide: false)

  /// The thing `noun`, counted per side or not, stands for.
  init(_ noun: CountedNoun, perSide: Bool) {
    self.init(noun: noun, perSide: perSide)
  }

  private init(noun: CountedNoun?, perSide: Bool) {
    self.noun = noun
    self.perSide = perSide
  }

  static func == (a: CountedThing, b: CountedThing) -> Bool {
    guard a.perSide == b.perSide else { return false }
    guard let x = a.noun, let y = b.noun else { return a.noun == nil && b.noun == nil }
    guard x.lemma == y.lemma, x.complement == y.complement, x.qualifiers == y.qualifiers else { return false }
    let (m, n) = (x.modifiers, y.modifiers)
    guard m.count == n.count else { return false }
    for k in m.indices where m[k] != n[k] && Inflection.singular(m[k]) != Inflection.singular(n[k]) { return false }
    return true
  }

  func hash(into hasher: inout Hasher) {
    hasher.combine(perSide)
    guard let noun else { return }
    hasher.combine(noun.lemma)
    hasher.combine(noun.complement)
    hasher.combine(noun.qualifiers)
    let modifiers = noun.modifiers
    hasher.combine(modifiers.count)
    for modifier in modifiers { hasher.combine(Inflection.singular(modifier)) }
  }

  /// The thing as text, `modifiers lemma|complement|qualifiers|per-side` ("" for
  /// every statement): the order findings of several things are reported in.
  var text: String {
    guard let noun else { return "" }
    var text = ""
    for modifier in noun.modifiers { text += Inflection.singular(modifier) + " " }
    text += noun.lemma + "|" + (noun.complement ?? "") + "|" + noun.qualifiers.joined(separator: " ")
    return text + (perSide ? "|true" : "|false")
  }
}
