/// Links the people of a corpus across documents.
///
/// A full name (two words or more) introduced with a title anywhere in the corpus
/// makes its surname known: a later "Umerov" or "President Zelensky" in any
/// document is the same person when exactly one full name has that surname.
/// Every word of a linked name, wherever it stands, becomes a `name` fact that
/// spelling rules compare, and so does a capitalised word spelled like a known
/// surname ("Kowalczik" where "Anna Kowalczyk" is known).
enum PersonLinker {
  /// Adds linked `person` facts (titled mentions resolved to full names, untitled
  /// mentions of known people) and `name` facts to `documents`.
  /// Documents are linked side by side on at most `jobs` workers (0: one per core).
  /// A document is linked on the thread that extracted it, `threads[d]`, when that
  /// thread is one of the workers: linking lets go of its name runs and of its facts'
  /// first buffer, and they go back to that thread's allocator arena without a wait.
  static func link(_ documents: inout [DocumentFacts], extractedOn threads: [UInt] = [], jobs: Int = 0) {
    // The titled people are gathered run by run on every worker; their union does not
    // depend on the order the runs are merged in.
    let all = documents
    let count = all.count
    let runs = RuleEvaluator.chunks(count, jobs: jobs, largest: .max, perWorker: 4)
    let parts = Parallel.map(count: runs.count, jobs: jobs) { r in
      var part = KnownPeople()
      for d in runs[r] { part.add(all[d]) }
      return part
    }
    var names = KnownPeople()
    for part in parts { names.merge(part) }
    let known = names.settled()
    _ = consume all
    documents.withUnsafeMutableBufferPointer { buffer in
      let slots = UnsafeSlots(buffer)
      Parallel.forEach(count: count, jobs: jobs, owners: threads) { d in known.link(&slots.buffer[d]) }
    }
  }

  /// The people a corpus introduces with a title and a full name, collected
  /// document by document; once every document is added, ``settled()`` links any
  /// document of the corpus on its own.
  struct KnownPeople: Sendable {
    /// Full names of titled people, by surname.
    private var surnames: [String: Set<String>] = [:]
    /// Surnames of one person each, lower-cased into scalars and bucketed by the first
    /// of them, to find misspelled bare mentions ("Kowalczik" for "Kowalczyk");
    /// set by ``settled()``. Variants share their first letter, so one bucket holds
    /// every candidate.
    private var surnamesByInitial: [Unicode.Scalar: [(surname: String, scalars: [Unicode.Scalar])]] = [:]
    /// ``surnames`` as a table that links look words up in, set by ``settled()``:
    /// most words of a name run are no surname, and the table turns them away sooner.
    private var byLastWord = WordTable<Set<String>>([(String, Set<String>)]())
    /// Every full name in ``surnames``, set by ``settled()``.
    private var fullNames: WordSet = []

    /// Adds the titled people of one document.
    mutating func add(_ document: DocumentFacts) {
      // Indexing in place: a `for fact in` loop would copy every fact.
      let facts = document.facts
      // A document names the same few people again and again: a name already added from
      // it is found among those (compared, not hashed twice as the tables would).
      var added: [String] = []
      for f in facts.indices where facts[f].kind == .person {
        guard let name = facts[f].person, !added.contains(name) else { continue }
        if added.isEmpty { added.reserveCapacity(Self.namesRemembered) }
        if added.count < Self.namesRemembered { added.append(name) }
        // A name of two words or more is known by its last (no array of its words is made).
        if let last = name.lastSpaceSeparatedWord, name.utf8[..<last.startIndex].contains(where: { $0 != 0x20 }) {
          surnames[String(last), default: []].insert(name)
        }
      }
    }

    /// How many of a document's names ``add(_:)`` remembers to skip when met again.
    static var namesRemembered: Int { 16 }

    /// Adds the people of other documents.
    mutating func merge(_ other: KnownPeople) {
      surnames.merge(other.surnames) { $0.union($1) }
    }

    /// The people known once every document is added, ready to link documents.
    func settled() -> KnownPeople {
      var known = self
      var initials: [Unicode.Scalar: [(surname: String, scalars: [Unicode.Scalar])]] = [:]
      for surname in surnames.keys.sorted() where surnames[surname]!.count == 1 {
        let scalars = Array(surname.lowercased().unicodeScalars)
        if let initial = scalars.first { initials[initial, default: []].append((surname, scalars)) }
      }
      known.surnamesByInitial = initials
      known.byLastWord = WordTable(surnames)
      known.fullNames = WordSet(surnames.values.joined())
      return known
    }

    /// The full name of a known person spelled like `word` (one or two edits away).
    func variantOfKnownSurname(_ word: String) -> String? {
      // Variants have five letters at least, and share the first: most words stop here,
      // and an ASCII word before it is lower-cased.
      if let first = word.utf8.first, first < 0x80, word.utf8IsASCII {
        let initial = Unicode.Scalar(first >= 0x41 && first <= 0x5A ? first | 0x20 : first)
        guard word.utf8.count >= 5, surnamesByInitial[initial] != nil else { return nil }
      }
      let lower = word.lowercased()
      guard lower.utf8.count >= 5, let initial = lower.unicodeScalars.first,
        let candidates = surnamesByInitial[initial]
      else { return nil }
      let scalars = Array(lower.unicodeScalars)
      guard let known = candidates.first(where: { SpellingVariants.areVariants($0.scalars, scalars) }) else {
        return nil
      }
      return byLastWord[known.surname]!.first
    }

    /// The full name `run` stands for: its words when they are a titled full name, the
    /// one full name with that surname for a single word.
    func resolve(_ run: NameRun) -> String? {
      let words = run.words
      if words.count >= 2 {
        // Most runs end in no surname, and are turned away without joining their words.
        guard let last = words.last, byLastWord.contains(last) else { return nil }
        // A known full name is known by its last word, which is the run's: looked up
        // among all of them, it is hashed as the table hashes words, not as a set does.
        let joined = run.name
        return fullNames.contains(joined) ? joined : nil
      }
      // Not `flatMap(resolve(word:))`: the method as a closure would copy the tables.
      guard let word = words.first else { return nil }
      return resolve(word: word)
    }

    /// The one full name with the surname `word`, if exactly one is known. Like every
    /// lookup here, it reads what ``settled()`` set up.
    func resolve(word: String) -> String? {
      guard let names = byLastWord[word], names.count == 1 else { return nil }
      return names.first
    }

    /// Links the people of one document with the corpus's known names.
    func link(_ document: inout DocumentFacts) {
      PersonLinker.link(&document, known: self)
    }
  }

  /// Whether the sorted `values` hold `value`.
  private static func holds(_ values: UnsafeBufferPointer<Int>, _ value: Int) -> Bool {
    var lo = 0
    var hi = values.count
    while lo < hi {
      let mid = (lo + hi) / 2
      if values[mid] < value { lo = mid + 1 } else { hi = mid }
    }
    return lo < values.count && values[lo] == value
  }

  /// Links the people of one document with the corpus's known names.
  fileprivate static func link(_ document: inout DocumentFacts, known: KnownPeople) {
    // Made with room for a mention of each run and a name of each of its words, which
    // most documents' links fit: it is not grown a fact at a time.
    var added: [Fact] = []
    added.reserveCapacity(document.nameRuns.count + document.nameRuns.wordCount)
    // Where titled mentions start, sorted and searched by halving: a document has few,
    // and a set hashed each of them. Noted in room lent for the call, not in an array
    // grown a mention at a time.
    withUnsafeTemporaryAllocation(of: Int.self, capacity: document.facts.count) { room in
      var titled = 0
      for f in document.facts.indices where document.facts[f].kind == .person {
        room[titled] = document.facts[f].span.start
        titled += 1
        // A titled mention of one word ("President Zelensky") stands for the one full name with that surname.
        if let person = document.facts[f].person, !person.containsUTF8(0x20), let full = known.resolve(word: person) {
          document.facts[f].person = full
        }
      }
      var titledSpans = UnsafeMutableBufferPointer(rebasing: room[..<titled])
      titledSpans.sort()
      link(document.nameRuns, titledSpans: UnsafeBufferPointer(titledSpans), known: known, into: &added)
    }
    document.appendOrderedForChecks(consume added)
    // Name runs and sentences served extraction and linking; checks need neither, and
    // at a corpus's scale they weigh a tenth of its facts. Fact files keep their own copy.
    document.nameRuns = NameRuns()
    document.sentences = []
  }

  /// Appends to `added` the mentions and names that the name runs `runs` of a
  /// document make of known people; a mention is not made where a titled mention
  /// starts (`titledSpans`, sorted).
  private static func link(
    _ runs: NameRuns, titledSpans: UnsafeBufferPointer<Int>, known: KnownPeople, into added: inout [Fact]
  ) {
    for run in runs {
      // Whole run is a known person, or single words inside it are known surnames.
      if let full = known.resolve(run) {
        let span = run.spans.first!.union(run.spans.last!)
        if !Self.holds(titledSpans, span.start) {
          var fact = Fact(
            kind: .person, span: span, text: run.name, sentence: run.sentence,
            quoted: run.quoted)
          fact.person = full
          added.append(fact)
        }
        for k in run.words.indices {
          added.append(nameFact(run.words[k], span: run.spans[k], person: full, run: run))
        }
        continue
      }
      for k in run.words.indices {
        let (word, span) = (run.words[k], run.spans[k])
        guard let full = known.resolve(word: word) else {
          // A word spelled like a known surname is a name fact for spelling rules, not a mention.
          if let full = known.variantOfKnownSurname(word) {
            added.append(nameFact(word, span: span, person: full, run: run))
          }
          continue
        }
        if !Self.holds(titledSpans, span.start) {
          var fact = Fact(kind: .person, span: span, text: word, sentence: run.sentence, quoted: run.quoted)
          fact.person = full
          added.append(fact)
        }
        added.append(nameFact(word, span: span, person: full, run: run))
      }
    }
  }

  private static func nameFact(_ word: String, span: Span, person: String, run: NameRun) -> Fact {
    var fact = Fact(kind: .name, span: span, text: word, sentence: run.sentence, quoted: run.quoted)
    fact.person = person
    return fact
  }
}
