/// The English words extraction knows: numbers, hedges, units, calendar words,
/// offices and their modifiers. General language knowledge only; nothing here
/// names a document's people or figures.
enum Lexicon {
  static let units: WordTable<Double> = [
    "zero": 0, "naught": 0, "nought": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
  ]
  static let tens: WordTable<Double> = [
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
  ]
  static let scales: WordTable<Double> = [
    "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
  ]
  /// Scale suffixes written straight after digits: "3bn", "12m", "5k".
  static let scaleSuffixes: WordTable<Double> = [
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "mil": 1e6, "bn": 1e9, "bln": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    "tln": 1e12,
  ]
  /// Scale suffixes that may also stand after a space ("2.33 k", "10 bln").
  static let spacedScaleSuffixes: WordSet = ["k", "mn", "mln", "bn", "bln", "tn", "trn", "tln"]
  /// Ordinal words, with the common misspelling "nineth".
  static let ordinalUnits: WordTable<Double> = [
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 1e6, "billionth": 1e9, "trillionth": 1e12,
  ]
  static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
  /// Fractions a number word can take ("two thirds", "a quarter").
  static let fractions: WordTable<Double> = [
    "half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25,
    "quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
    "sixth": 1.0 / 6, "sixths": 1.0 / 6, "seventh": 1.0 / 7, "sevenths": 1.0 / 7, "eighth": 0.125,
    "eighths": 0.125, "ninth": 1.0 / 9, "ninths": 1.0 / 9, "tenth": 0.1, "tenths": 0.1,
    "hundredth": 0.01, "hundredths": 0.01, "thousandth": 0.001, "thousandths": 0.001,
  ]
  /// Fractions written as one character: "½", "¾".
  static let vulgarFractions: WordTable<Double> = [
    "¼": 0.25, "½": 0.5, "¾": 0.75, "⅓": 1.0 / 3, "⅔": 2.0 / 3, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
    "⅙": 1.0 / 6, "⅚": 5.0 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875,
  ]
  /// Words that stand for a number on their own after "a": "a dozen", "a couple".
  static let collective: WordTable<Double> = [
    "dozen": 12, "dozens": 12, "couple": 2, "pair": 2, "score": 20,
  ]

  /// Seconds in each unit of time, by every spelling of the unit.
  static let timeUnits: WordTable<Double> = [
    "second": 1, "seconds": 1, "sec": 1, "secs": 1, "s": 1,
    "minute": 60, "minutes": 60, "min": 60, "mins": 60,
    "hour": 3600, "hours": 3600, "hr": 3600, "hrs": 3600, "h": 3600,
    "day": 86400, "days": 86400,
    "week": 604_800, "weeks": 604_800, "fortnight": 1_209_600, "fortnights": 1_209_600,
    "month": 2_592_000, "months": 2_592_000,
    "year": 31_536_000, "years": 31_536_000, "yr": 31_536_000, "yrs": 31_536_000,
    "decade": 315_360_000, "decades": 315_360_000,
    "century": 3_153_600_000, "centuries": 3_153_600_000,
  ]
  /// The canonical name of each unit, for the `unit` field and messages.
  static let percentWords: WordSet = ["percent", "percents", "per cent", "percentage", "pct"]

  static let months: WordTable<Int> = [
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4,
    "apr": 4, "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
  ]
  static let weekdays: WordTable<Int> = [
    "monday": 1, "mon": 1, "tuesday": 2, "tue": 2, "tues": 2, "wednesday": 3, "wed": 3,
    "thursday": 4, "thu": 4, "thur": 4, "thurs": 4, "friday": 5, "fri": 5, "saturday": 6,
    "sat": 6, "sunday": 7, "sun": 7,
  ]
  static let weekdayNames = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

  /// Words that end a counted-noun phrase: articles, pronouns, prepositions,
  /// conjunctions and common verbs.
  static let functionWords: WordSet = [
    "a", "an", "the", "this", "that", "these", "those", "and", "or", "but", "nor", "of", "to",
    "in", "on", "at", "by", "for", "from", "with", "without", "into", "onto", "over", "under",
    "about", "as", "than", "each", "per", "every", "all", "both", "some", "any", "no", "not",
    "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "may", "might", "must", "shall", "should", "do", "does", "did", "it", "its",
    "he", "she", "they", "them", "their", "his", "her", "we", "our", "you", "your", "i", "who",
    "whom", "which", "what", "when", "where", "while", "since", "after", "before", "until",
    "during", "if", "so", "then", "there", "here", "more", "less", "most", "least", "also",
    "only", "just", "still", "yet", "ago", "later", "earlier", "said", "says", "say", "according",
    "apiece", "among", "between", "against", "through", "across", "around", "up", "down", "out",
    "off", "again", "near", "via", "including", "despite", "amid", "toward", "towards", "upon",
    "within", "along", "behind", "beyond", "plus", "minus", "times", "had", "were", "get", "got",
  ]

  /// Per-side markers after a count, longest first.
  static let perSideMarkers: [[String]] = [
    ["on", "each", "side"], ["from", "each", "side"], ["for", "each", "side"], ["to", "each", "other"],
    ["on", "either", "side"], ["from", "either", "side"], ["per", "side"], ["each", "side"],
    ["a", "side"], ["each"], ["apiece"],
  ]
  /// The per-side markers by their first word, longest first: the word after a count
  /// rules out most markers at once and leaves a few to match.
  static let perSideMarkersByFirstWord: WordTable<[[String]]> = {
    var firstWords: [String] = []
    var byFirst: [String: [[String]]] = [:]
    for marker in perSideMarkers {
      guard let first = marker.first else { continue }
      if byFirst[first] == nil { firstWords.append(first) }
      byFirst[first, default: []].append(marker)
    }
    return WordTable(firstWords.map { ($0, byFirst[$0]!) })
  }()

  /// Office nouns that make a title ("President", "Foreign Minister", "analyst").
  static let offices: WordSet = [
    "president", "minister", "secretary", "chancellor", "premier", "prime", "king", "queen",
    "prince", "princess", "emperor", "governor", "mayor", "senator", "congressman",
    "congresswoman", "representative", "ambassador", "envoy", "spokesperson", "spokesman",
    "spokeswoman", "aide", "adviser", "advisor", "head", "chief", "director", "chairman",
    "chairwoman", "chair", "commander", "general", "admiral", "colonel", "leader", "negotiator",
    "analyst", "official", "mediator", "speaker", "commissioner", "deputy", "ceo", "founder",
    "editor", "correspondent", "reporter", "professor", "judge", "justice", "attorney",
    "prosecutor", "lawmaker", "mp", "mep", "chancellor", "pope", "bishop", "cardinal", "sheikh",
    "emir", "sultan", "general", "marshal", "lieutenant", "captain", "sergeant", "officer",
    "ombudsman", "coordinator", "delegate", "diplomat", "economist", "expert", "researcher",
    "scientist", "historian", "strategist", "consultant", "columnist", "writer", "author",
  ]
  /// Office nouns that may stand before a name with no other title word.
  static let namePrefixOffices: WordSet = [
    "president", "minister", "secretary", "chancellor", "premier", "king", "queen", "prince",
    "princess", "emperor", "governor", "mayor", "senator", "representative", "ambassador",
    "envoy", "spokesperson", "spokesman", "spokeswoman", "aide", "adviser", "advisor", "chief",
    "director", "chairman", "chairwoman", "commander", "general", "admiral", "colonel", "leader",
    "negotiator", "analyst", "official", "mediator", "speaker", "commissioner", "judge",
    "justice", "prosecutor", "lawmaker", "pope", "bishop", "cardinal", "sheikh", "emir",
    "sultan", "marshal", "lieutenant", "captain", "sergeant", "delegate", "diplomat", "ceo",
  ]
  /// Ranks within an office: two ranks of one office contradict each other.
  static let ranks: WordSet = ["deputy", "vice", "acting", "assistant", "interim", "associate", "under"]
  /// Words that may stand inside a title before the office noun.
  static let titleModifiers: WordSet = [
    "former", "ex", "then", "senior", "top", "chief", "first", "foreign", "defence", "defense",
    "interior", "finance", "economy", "economic", "justice", "health", "education", "energy",
    "trade", "home", "prime", "state", "security", "national", "presidential", "military",
    "foreign", "affairs", "agriculture", "culture", "labour", "labor", "transport",
    "environment", "development", "treasury", "war", "navy", "army", "air", "force",
    "intelligence", "general", "executive", "managing", "press", "communications", "digital",
    "infrastructure", "industry", "science", "technology", "sports", "tourism", "veterans",
    "homeland", "emergency", "emergencies", "conflict", "resolution", "political", "policy",
    "legal", "humanitarian", "peace", "special", "lead", "chief", "european", "union",
  ]
  /// British and American spellings folded together when comparing titles.
  static let spellingFolds: WordTable<String> = [
    "defense": "defence", "labor": "labour", "counselor": "counsellor", "advisor": "adviser",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson", "chairman": "chair",
    "chairwoman": "chair", "ex": "former",
  ]
  /// Group nouns whose leader is named with "led by".
  static let groups: WordSet = [
    "delegation", "team", "government", "party", "army", "ministry", "committee", "coalition",
    "group", "mission", "council", "commission", "cabinet", "opposition", "movement",
    "campaign", "company", "firm", "agency", "force", "forces", "office", "administration",
  ]

  /// Countries and bodies by their adjective, possessive or short forms.
  /// Each maps to a normalised key so that "Turkey's" and "Turkish" compare equal.
  static let jurisdictions: WordTable<String> = [
    "us": "us", "u.s.": "us", "usa": "us", "u.s.a.": "us", "american": "us", "america": "us",
    "uk": "uk", "u.k.": "uk", "british": "uk", "britain": "uk", "eu": "eu", "european": "eu",
    "un": "un", "u.n.": "un", "nato": "nato", "turkish": "turkey", "turkey": "turkey",
    "türkiye": "turkey", "ukrainian": "ukraine", "ukraine": "ukraine", "russian": "russia",
    "russia": "russia", "french": "france", "france": "france", "german": "germany",
    "germany": "germany", "chinese": "china", "china": "china", "japanese": "japan",
    "japan": "japan", "indian": "india", "india": "india", "polish": "poland",
    "poland": "poland", "italian": "italy", "italy": "italy", "spanish": "spain",
    "spain": "spain", "canadian": "canada", "canada": "canada", "israeli": "israel",
    "israel": "israel", "iranian": "iran", "iran": "iran", "syrian": "syria", "syria": "syria",
    "saudi": "saudi arabia", "egyptian": "egypt", "egypt": "egypt", "pakistani": "pakistan",
    "pakistan": "pakistan", "brazilian": "brazil", "brazil": "brazil", "mexican": "mexico",
    "mexico": "mexico", "korean": "korea", "korea": "korea", "belarusian": "belarus",
    "belarus": "belarus", "hungarian": "hungary", "hungary": "hungary", "dutch": "netherlands",
    "swedish": "sweden", "sweden": "sweden", "finnish": "finland", "finland": "finland",
    "norwegian": "norway", "norway": "norway", "danish": "denmark", "denmark": "denmark",
    "greek": "greece", "greece": "greece", "irish": "ireland", "ireland": "ireland",
    "australian": "australia", "australia": "australia", "qatari": "qatar", "qatar": "qatar",
    "emirati": "uae", "uae": "uae", "swiss": "switzerland", "switzerland": "switzerland",
    "austrian": "austria", "austria": "austria", "belgian": "belgium", "belgium": "belgium",
    "czech": "czechia", "romanian": "romania", "romania": "romania", "moldovan": "moldova",
    "georgian": "georgia", "armenian": "armenia", "azerbaijani": "azerbaijan",
    "kazakh": "kazakhstan", "lithuanian": "lithuania", "latvian": "latvia", "estonian": "estonia",
    "slovak": "slovakia", "serbian": "serbia", "croatian": "croatia", "bulgarian": "bulgaria",
    "portuguese": "portugal", "albanian": "albania", "kremlin": "russia", "white": "us",
  ]
  /// Nationality-like suffixes for words missing from ``jurisdictions``.
  static let demonymSuffixes: [StaticString] = ["ian", "ish", "ese", "ean"]

  /// Capitalised words that never start or continue a person's name.
  static let nonNames: WordSet = [
    "the", "a", "an", "and", "or", "but", "neither", "nor", "either", "both", "in", "on", "at",
    "of", "for", "to", "from", "by", "with", "as", "if", "when", "while", "after", "before",
    "since", "this", "that", "these", "those", "he", "she", "it", "they", "we", "i", "you",
    "his", "her", "their", "our", "its", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady",
    "however", "meanwhile", "despite", "although", "though", "still", "even", "according",
    "critics", "president", "minister", "prime", "foreign", "defence", "defense", "deputy",
    "former", "palace", "ministry", "government", "kremlin", "union", "states", "nations",
    "city", "war", "world", "peace", "talks", "news", "check", "more", "source", "today",
    "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "east", "west", "north", "south",
    "eastern", "western", "northern", "southern", "central", "international", "national",
  ]
  /// Honorifics dropped from a name ("Mr", "Dr").
  static let honorifics: WordSet = [
    "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "lady", "mr.", "mrs.", "ms.", "dr.",
  ]
}
