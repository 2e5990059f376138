/// Turns a title as written into a ``Title`` whose fields compare equal when the
/// titles mean the same: "Turkey's Foreign Minister" and "Turkish Foreign Minister",
/// "Defence"/"Defense", "U.S."/"US", "Minister of Defence"/"Defence Minister".
enum TitleNormalizer {
  /// Normalises the title made of `words` (lower-case tokens as written). `ids`, when
  /// given, holds each word's ``Vocabulary`` id as the tokenizer found it (-1 for a word
  /// it does not list), and the lexicon is read by id (``ListedTable``).
  static func normalize(words raw: [String], ids: [Int32]? = nil, text: String, span: Span) -> Title? {
    normalize(count: raw.count, word: { r in (raw[r], ids?[r]) }, text: text, span: span)
  }

  /// Normalises the title of `count` places, each a word or not: `word(r)` is the
  /// word at place `r` and its ``Vocabulary`` id (as for ``normalize(words:ids:text:span:)``),
  /// or `nil` for a place that holds no word. A reader passes its tokens so, with no
  /// list of their words made for each title.
  static func normalize(count: Int, word: (Int) -> (String, Int32?)?, text: String, span: Span) -> Title? {
    // The words of the office are kept on the stack: a title is a few words, and most
    // readings of one end as no title at all.
    withUnsafeTemporaryAllocation(of: String.self, capacity: count) { rest -> Title? in
      var restCount = 0
      defer { rest.baseAddress?.deinitialize(count: restCount) }
      var isFormer = false
      var rank: String?
      var jurisdiction: String?
      var namesOffice = false
      // One walk through the words: possessives dropped, spellings folded, articles left
      // out, and each word sorted into its field.
      for r in 0..<count {
        // The word's id, while `w` is still the word the tokenizer looked up.
        guard var (w, id) = word(r) else { continue }
        if w.hasUTF8Suffix("'s") {
          w = w.droppingPossessive()
          id = nil
        }
        if let folded = Lexicon.listedSpellingFolds.value(of: w, id: id) {
          w = folded
          id = nil
        }
        if w.equals("the") || w.equals("a") || w.equals("an") || w.equals("-") || w.equals("then") { continue }
        if w.equals("former") {
          isFormer = true
        } else if rank == nil, Lexicon.listedRanks.value(of: w, id: id) != nil {
          rank = w
        } else if let key = jurisdictionKey(w, id: id), jurisdiction == nil || key == jurisdiction {
          jurisdiction = key
        } else {
          if !namesOffice {
            namesOffice =
              Lexicon.listedOffices.value(of: w, id: id) != nil || Lexicon.listedGroups.value(of: w, id: id) != nil
          }
          rest.initializeElement(at: restCount, to: w)
          restCount += 1
        }
      }
      guard namesOffice else { return nil }
      let words = UnsafeBufferPointer(rebasing: rest[..<restCount])
      // "minister of defence" → "defence minister"; "head of the delegation" stays.
      let office: String
      if let of = words.firstIndex(of: "of"), of > 0, of + 1 < words.count,
        words[of - 1] == "minister" || words[of - 1] == "ministry"
      {
        office = [words[(of + 1)...], words[..<of]].joined().joinedBySpaces
      } else {
        office = words.joinedBySpaces
      }
      return Title(
        text: text, isFormer: isFormer, rank: rank, office: office, jurisdiction: jurisdiction, span: span)
    }
  }

  /// The normalised country or body for a word, if it names one; `id` as for
  /// ``normalize(words:ids:text:span:)``.
  static func jurisdictionKey(_ w: String, id: Int32? = nil) -> String? {
    if let key = Lexicon.listedJurisdictions.value(of: w, id: id) { return key }
    guard w.containsUTF8(0x2E) else { return nil }
    let plain = String(decoding: w.utf8.filter { $0 != 0x2E }, as: UTF8.self)
    return Lexicon.jurisdictions[plain]
  }

  /// Whether two titles of one person cannot both be true: the same office
  /// (and compatible jurisdictions) held now and formerly, or at two ranks.
  static func contradict(_ a: Title, _ b: Title) -> Bool {
    guard a.office == b.office else { return false }
    if let x = a.jurisdiction, let y = b.jurisdiction, x != y { return false }
    return a.isFormer != b.isFormer || a.rank != b.rank
  }
}
