/// The units and hedges extraction writes, each coded in one byte so that a
/// fact's cell stays small.
///
/// Code 0 stands for no text. A text outside a table (a hedge written with two
/// spaces, a unit read from a fact file) takes the code ``spilled`` and is kept as
/// written in the fact's details.
enum FactSymbols {
  /// The code of a text kept in the fact's details instead of a table.
  static let spilled: UInt8 = 255

  /// One table of texts and their codes.
  struct Table: Sendable {
    /// The texts, by code; index 0 is unused.
    private let names: [String]
    private let codes: WordTable<UInt8>

    init(_ texts: [String]) {
      var names = [""]
      var seen = Set<String>()
      for text in texts where seen.insert(text).inserted && names.count < Int(spilled) { names.append(text) }
      self.names = names
      codes = WordTable(names.indices.dropFirst().map { (names[$0], UInt8($0)) })
    }

    /// The code of `text` (0 for `nil`), or `nil` when the table lacks it.
    func code(_ text: String?) -> UInt8? {
      guard let text else { return 0 }
      return codes[text]
    }

    /// The text of a code below ``spilled`` (`nil` for 0).
    func text(_ code: UInt8) -> String? { code == 0 ? nil : names[Int(code)] }
  }

  /// Units: seconds, percent, days, weekdays and every currency the readers name.
  static let units = Table(
    ["s", "%", "day", "weekday"] + Currency.signs.values + Currency.dollarPrefixes.values + Currency.words.values)

  /// Hedges: every prefix and postfix hedge phrase, and the vague plurals' words.
  static let hedges = Table(
    Hedge.prefixEntries.map(\.text) + Hedge.postfixes.map { $0.0.joined(separator: " ") } + ["+"]
      + Hedge.vaguePluralHedges)
}
