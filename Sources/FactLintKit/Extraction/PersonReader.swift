/// Reads people and their titles from one sentence.
///
/// A person is a run of capitalised name words with a title beside it:
/// before the name ("former U.S. President Donald Trump", "Turkey's Foreign
/// Minister Hakan Fidan"), before it with a comma ("the head of the Russian
/// delegation, Vladimir Medinsky"), after it as an apposition ("Anna Petrova, a
/// conflict resolution analyst"), or as the leader of a group ("the Russian
/// delegation, led by Vladimir Medinsky"). Runs without a title are returned as
/// ``NameRun``s so that the corpus can link them to people named elsewhere.
struct PersonReader {
  let c: TokenCursor
  /// Whether each token is a name word, decided once per token.
  private let nameWords: [Bool]

  init(c: TokenCursor) {
    self.c = c
    var flags = [Bool](filledWith: false, count: c.tokens.count)
    for i in c.tokens.indices where c.tokens[i].isCapitalized { flags[i] = Self.isNameWord(i, c) }
    nameWords = flags
  }

  /// Appends the people with titles of `sentence` to `people`, and all its name runs to
  /// `runs` (the document's: no arrays are made for each sentence).
  func read(_ sentence: Sentence, people: inout [Fact], runs: inout NameRuns) {
    let sentenceSpan = Span(file: c.file, start: sentence.start, end: sentence.end)
    var j = sentence.tokens.lowerBound
    let end = sentence.tokens.upperBound
    while j < end {
      guard isNameWord(j) else {
        j += 1
        continue
      }
      var k = j
      while k < end && isNameWord(k) && (k == j || !possessive(k - 1)) && k - j < 4 { k += 1 }
      let range = j..<k
      j = k
      for k in range { runs.appendWord(strippedName(c.tokens[k]), span: nameSpan(k)) }
      runs.closeRun(quoted: c.tokens[range.lowerBound].quoted, sentence: sentenceSpan)
      if let title = titleBefore(range) ?? titleBeforeComma(range) ?? titleAfter(range) ?? leaderOf(range) {
        var fact = Fact(
          kind: .person, span: c.span(range), text: c.text(range), sentence: sentenceSpan,
          quoted: c.tokens[range.lowerBound].quoted)
        fact.person = runs[runs.count - 1].name
        fact.title = title
        people.append(fact)
      }
    }
  }

  // MARK: - Name words

  private func isNameWord(_ i: Int) -> Bool { i >= 0 && i < nameWords.count && nameWords[i] }

  private static func isNameWord(_ i: Int, _ c: TokenCursor) -> Bool {
    guard let t = c.at(i), t.kind == .word, t.isCapitalized else { return false }
    // What the form alone tells was worked out once for each listed word.
    let formMayBeName =
      t.id >= 0 ? listedNameForms[Int(t.id)] : Self.formMayBeName(c.form(i), listedClasses: [])
    guard formMayBeName else { return false }
    // All capitals ("NATO", "UN") are abbreviations, not names: read on the token's bytes.
    let written = UnsafeBufferPointer(rebasing: c.bytes[t.start..<t.end])
    if written.count > 1 && !written.contains(where: { $0 >= 0x61 && $0 <= 0x7A }) { return false }
    return true
  }

  /// For each ``Vocabulary`` word, whether a capitalised token of that form may be a
  /// name word as far as the form tells (``formMayBeName(_:listedClasses:)``).
  private static let listedNameForms: [Bool] = {
    let words = Vocabulary.shared.words
    return words.indices.map { id in
      formMayBeName(words[id], listedClasses: WordClasses.listedTable[id: Int32(id)] ?? [])
    }
  }()

  /// Whether a capitalised word of form `form` may be part of a name, as far as its form
  /// tells: not a function word, office, title word, place, month, weekday or group
  /// (`listedClasses` are the classes its vocabulary id gives), nor a demonym.
  /// The form's bytes are read once, for its possessive, its length, a dot and a
  /// demonym's ending: for every capitalised word the vocabulary does not list.
  private static func formMayBeName(_ form: String, listedClasses: WordClasses) -> Bool {
    let (possessive, mayBeName) = form.withUTF8Bytes { bytes -> (Bool, Bool) in
      let possessive = bytes.hasUTF8Suffix("'s")
      if !possessive, !listedClasses.isDisjoint(with: .notInNames) { return (false, false) }
      // (Without its possessive, the form has no dot, so its jurisdiction is its own entry.)
      if bytes.count - (possessive ? 2 : 0) < 2 || bytes.firstIndex(of: 0x2E, in: 0..<bytes.count) != nil {
        return (possessive, false)
      }
      return (possessive, !isDemonymForm(bytes))
    }
    guard mayBeName else { return false }
    return !possessive || WordClasses.of(form.droppingPossessive()).isDisjoint(with: .notInNames)
  }

  private static func isDemonym(_ t: Token, _ form: String) -> Bool {
    t.isCapitalized && form.withUTF8Bytes { isDemonymForm($0) }
  }

  private static func isDemonymForm(_ form: UnsafeBufferPointer<UInt8>) -> Bool {
    form.count > 5 && form.hasUTF8Suffix(amongst: Lexicon.demonymSuffixes)
  }

  private func possessive(_ i: Int) -> Bool { c.word(i)?.hasUTF8Suffix("'s") == true }

  /// The token's text without the possessive it ends with ("'s", "’s"), cut on its
  /// bytes before its string is made.
  private func strippedName(_ t: Token) -> String {
    let written = UnsafeBufferPointer(rebasing: c.bytes[t.start..<t.end])
    let cut = written.hasUTF8Suffix("'s") ? 2 : written.hasUTF8Suffix("’s") ? 4 : 0
    return String(utf8Bytes: UnsafeBufferPointer(rebasing: written.dropLast(cut)))
  }

  private func nameSpan(_ i: Int) -> Span {
    let t = c.tokens[i]
    var end = t.end
    if c.form(i).hasUTF8Suffix("'s") {
      // Drop the possessive: "'s" is 2 bytes, "’s" is 4.
      end -= c.bytes[end - 2] == 0x27 ? 2 : 4
    }
    return Span(file: c.file, start: t.start, end: end)
  }

  // MARK: - Titles

  /// Whether token `i` may stand inside a title.
  private func isTitleWord(_ i: Int) -> Bool {
    guard let t = c.at(i), t.kind == .word else { return false }
    var w = c.form(i)
    if w.hasUTF8Suffix("'s") {
      w = w.droppingPossessive()
      return t.isCapitalized || TitleNormalizer.jurisdictionKey(w) != nil
    }
    let classes = c.listed(WordClasses.listedTable, i) ?? []
    if !classes.isDisjoint(with: [.office, .titleModifier, .rank, .jurisdiction]) { return true }
    // A dotted abbreviation ("U.S.") is a jurisdiction when its letters are one.
    if w.containsUTF8(0x2E) && TitleNormalizer.jurisdictionKey(w) != nil || Self.isDemonym(t, c.form(i)) {
      return true
    }
    return w.equals("former") || w.equals("ex")
  }

  /// "former U.S. President Donald Trump", "Russian representative Vladimir Medinsky".
  private func titleBefore(_ name: Range<Int>) -> Title? {
    var a = name.lowerBound
    var sawOf = false
    while a - 1 >= 0, c.sameSentence(a - 1, name.lowerBound) {
      if isTitleWord(a - 1) {
        a -= 1
      } else if c.isPunct(a - 1, "-"), c.isWord(a - 2, "ex") {
        a -= 1
      } else if !sawOf, c.isWord(a - 1, "of") || c.isWord(a - 1, "the") && c.isWord(a - 2, "of"),
        c.isWord(a - 1, "of") ? c.isWord(a - 2, in: Lexicon.listedOffices) : true
      {
        // "Minister of Defense Rustem Umerov", "Secretary of the Navy Jo Bell".
        a -= c.isWord(a - 1, "the") ? 2 : 1
        sawOf = true
      } else {
        break
      }
    }
    let last = name.lowerBound - 1
    guard a < name.lowerBound, c.word(last) != nil else { return nil }
    let endsInOffice =
      c.isWord(last, in: Lexicon.listedNamePrefixOffices) || c.isWord(last, in: Lexicon.listedOffices) && a < last
    guard endsInOffice || sawOf && c.at(last)?.isCapitalized == true else { return nil }
    return title(a..<name.lowerBound)
  }

  /// "the head of the Russian delegation, Vladimir Medinsky",
  /// "Ukraine's Deputy Minister of Defence, Serhiy Kyslytsya".
  private func titleBeforeComma(_ name: Range<Int>) -> Title? {
    let comma = name.lowerBound - 1
    guard c.isPunct(comma, ","), c.sameSentence(comma, name.lowerBound) else { return nil }
    // Find the office within six words before the comma.
    var office = -1
    var k = comma - 1
    while k >= max(0, comma - 6), c.sameSentence(k, comma) {
      guard let w = c.word(k) else { return nil }
      if c.isWord(k, in: Lexicon.listedOffices) {
        office = k
        break
      }
      if !(w.equals("of") || w.equals("the") || isTitleWord(k) || c.isWord(k, in: Lexicon.listedGroups)) { return nil }
      k -= 1
    }
    guard office >= 0 else { return nil }
    if office < comma - 1 && !c.isWord(office + 1, "of") { return nil }
    var a = office
    while a - 1 >= 0, c.sameSentence(a - 1, office), isTitleWord(a - 1) { a -= 1 }
    return title(a..<comma)
  }

  /// "Anna Petrova, a conflict resolution analyst".
  private func titleAfter(_ name: Range<Int>) -> Title? {
    let comma = name.upperBound
    guard c.isPunct(comma, ",") else { return nil }
    var a = comma + 1
    if let w = c.word(a), w.equals("a") || w.equals("an") || w.equals("the") { a += 1 }
    var k = a
    while k < a + 5, c.word(k) != nil, c.sameSentence(k, comma) {
      if c.isWord(k, in: Lexicon.listedOffices) {
        var end = k + 1
        // "head of the Russian delegation".
        if c.isWord(end, "of") {
          var m = end + 1
          while let x = c.word(m), m < end + 5,
            x.equals("the") || isTitleWord(m) || c.isWord(m, in: Lexicon.listedGroups)
          {
            m += 1
          }
          if m > end + 1 { end = m }
        }
        return title(a..<end)
      }
      if c.listed(Lexicon.listedFunctionWords, k) != nil { return nil }
      k += 1
    }
    return nil
  }

  /// "the Russian delegation, led by Vladimir Medinsky".
  private func leaderOf(_ name: Range<Int>) -> Title? {
    let by = name.lowerBound - 1
    guard c.isWord(by, "by"), c.isWord(by - 1, "led") || c.isWord(by - 1, "headed") else { return nil }
    var groupIndex = by - 2
    if c.isPunct(groupIndex, ",") { groupIndex -= 1 }
    guard c.isWord(groupIndex, in: Lexicon.listedGroups) else { return nil }
    var a = groupIndex
    while a - 1 >= 0, c.sameSentence(a - 1, groupIndex), isTitleWord(a - 1) { a -= 1 }
    if c.isWord(a - 1, "the") { a -= 1 }
    // "head of" and the words from `a` through the group.
    let words = c.words
    return TitleNormalizer.normalize(
      count: 2 + groupIndex - a + 1,
      word: { r in r == 0 ? ("head", nil) : r == 1 ? ("of", nil) : words.word(a + r - 2).map { ($0, nil) } },
      text: c.text(a..<by + 1), span: c.span(a..<by + 1))
  }

  private func title(_ range: Range<Int>) -> Title? {
    let first = range.lowerBound
    let words = c.words
    return TitleNormalizer.normalize(
      count: range.count, word: { r in words.word(first + r).map { ($0, words.tokens[first + r].id) } },
      text: c.text(range), span: c.span(range))
  }
}
