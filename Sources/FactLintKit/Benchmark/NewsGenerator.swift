import FoundationEssentials

/// Writes a deterministic, news-like corpus dense in facts, for benchmarks and
/// scale tests.
///
/// The corpus is a run of *stories*; each story is an invented event told by
/// three to six *reports* of a few kilobytes. Reports of one story share the
/// event's facts but state them in their own words: hedged numbers, counted
/// nouns, durations, dates and weekdays, people with titles before and after
/// their names, quotations, and now and then a drifted figure, a misspelled
/// name or a "former" title, as real reports do. Story `i` depends only on the
/// seed and `i`, so a smaller corpus is a prefix of a larger one.
public struct NewsGenerator: Sendable {
  /// The seed every story derives from.
  public var seed: UInt64

  /// Creates a generator.
  public init(seed: UInt64 = 2025) { self.seed = seed }

  /// The reports of story `index`, as (file name, text) pairs.
  public func story(_ index: Int) -> [(name: String, text: String)] {
    var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x2545_F491_4F6C_DD1D)
    let event = Event(rng: &rng)
    let count = 3 + rng.below(4)
    return (0..<count).map { r in
      ("story-\(index.zeroPadded(to: 6))-report-\(r + 1).txt", event.report(number: r, rng: &rng))
    }
  }

  /// Writes stories into `directory` (one sub-directory per thousand stories)
  /// until at least `bytes` bytes are written. Returns the files and bytes written.
  @discardableResult
  public func write(to directory: String, bytes target: Int) throws -> (files: Int, bytes: Int) {
    let manager = FileManager.default
    var written = 0
    var files = 0
    var index = 0
    while written < target {
      let folder = Self.path(directory, "batch-" + (index / 1000).zeroPadded(to: 4))
      if index % 1000 == 0 { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
      for (name, text) in story(index) {
        let data = Data(text.utf8)
        try data.write(to: URL(fileURLWithPath: Self.path(folder, name)))
        written += data.count
        files += 1
      }
      index += 1
    }
    return (files, written)
  }

  /// `name` in `directory`, with one slash between them.
  private static func path(_ directory: String, _ name: String) -> String {
    directory.isEmpty ? name : directory.hasUTF8Suffix("/") ? directory + name : directory + "/" + name
  }
}

/// The facts of one invented event, and how its reports state them.
private struct Event {
  let city: String
  let country: Country
  let other: Country
  let day: Int
  let month: Int
  let year: Int
  let people: [Person]
  let prisoners: Int
  let dead: Int
  let injured: Int
  let minutes: Int
  let ceasefireDays: Int
  let aid: Int
  let share: Int
  let round: Int
  let noun: String

  init(rng: inout SplitMix64) {
    city = rng.pick(Pools.cities)
    country = rng.pick(Pools.countries)
    var second = rng.pick(Pools.countries)
    while second.name == country.name { second = rng.pick(Pools.countries) }
    other = second
    day = 1 + rng.below(28)
    month = 1 + rng.below(12)
    year = 2015 + rng.below(11)
    var chosen: [Person] = []
    for office in Pools.offices.shuffled(using: &rng).prefix(4) {
      chosen.append(
        Person(
          first: rng.pick(Pools.firstNames), last: rng.pick(Pools.surnames), office: office,
          country: rng.chance(50) ? country : other))
    }
    people = chosen
    prisoners = rng.pick([250, 300, 500, 800, 1000, 1200, 2000, 6000])
    dead = 2 + rng.below(60)
    injured = dead + 5 + rng.below(200)
    minutes = rng.pick([45, 60, 90, 105, 120, 150, 180])
    ceasefireDays = rng.pick([3, 7, 14, 30, 60, 90])
    aid = rng.pick([12, 40, 90, 150, 420, 1600])
    share = 5 + rng.below(60)
    round = 2 + rng.below(6)
    noun = rng.pick(["prisoners of war", "detainees", "captured soldiers", "civilians", "hostages"])
  }

  func report(number: Int, rng: inout SplitMix64) -> String {
    var out = ""
    let lead = people[0]
    let date =
      rng.chance(50) ? "\(day) \(Pools.months[month - 1]) \(year)" : "\(Pools.months[month - 1]) \(day), \(year)"
    out += "\(country.demonym) and \(other.demonym) officials meet in \(city) for a \(Pools.ordinals[round]) round\n\n"
    out += "\(city.uppercased()), \(date) — "
    var paragraphs: [String] = []
    paragraphs.append(
      "\(lead.title(rng: &rng)) \(lead.full) said on \(Pools.weekdays[(day + month + year) % 7]) that "
        + "\(hedged(prisoners, rng: &rng)) \(noun) would be exchanged, \(perSide(rng: &rng))."
    )
    for _ in 0..<(22 + rng.below(14)) {
      paragraphs.append(sentence(rng: &rng))
    }
    out += paragraphs.joined(separator: rng.chance(50) ? "\n\n" : " ")
    out += "\n"
    return out
  }

  private func perSide(rng: inout SplitMix64) -> String {
    switch rng.below(4) {
    case 0: return "\(format(prisoners)) from each side"
    case 1: return "in a \(format(prisoners))-for-\(format(prisoners)) swap"
    case 2: return "\(format(prisoners * 2)) in all"
    default: return "officials said"
    }
  }

  private func sentence(rng: inout SplitMix64) -> String {
    let a = rng.pick(people)
    let b = rng.pick(people)
    switch rng.below(16) {
    case 0:
      return "The talks lasted \(duration(rng: &rng)), according to a statement from the \(country.demonym) side."
    case 1:
      return
        "\"We agreed to \(hedged(prisoners, rng: &rng)) releases, and we expect more,\" \(a.mention(rng: &rng)) told reporters."
    case 2:
      return
        "\(hedged(dead, rng: &rng).capitalizedFirst) people were killed and \(hedged(injured, rng: &rng)) injured in strikes near \(rng.pick(Pools.cities)) in \(Pools.months[rng.below(12)]) \(year - rng.below(3))."
    case 3:
      return "\(a.full), \(a.postTitle), met \(b.title(rng: &rng)) \(b.full) for \(duration(rng: &rng))."
    case 4:
      return
        "A \(ceasefireDays)-day ceasefire proposed by \(other.name) would see \(words(prisoners / 2)) \(noun) released from each side in a first phase."
    case 5:
      return "Officials put the cost of the aid package at $\(aid) million, roughly \(share)% of the annual budget."
    case 6:
      return
        "Between \(dead) and \(injured) \(rng.pick(Pools.things)) remain missing, the \(rng.pick(Pools.bodies)) said on \(rng.pick(Pools.weekdays))."
    case 7:
      return
        "It was the \(Pools.ordinals[round]) meeting of the two delegations in \(words(1 + rng.below(4))) years, and it ended after \(duration(rng: &rng))."
    case 8:
      return
        "\(a.mention(rng: &rng)) said \(words(2 + rng.below(30))) \(rng.pick(Pools.things)) had been returned since \(Pools.months[rng.below(12)]) \(year - 1)."
    case 9:
      return
        "The delegation, led by \(a.full), arrived \(rng.pick(["late", "early", "on time"])) and left \(duration(rng: &rng)) later."
    case 10:
      return
        "Dozens of \(rng.pick(Pools.things)) gathered outside, and some \(format(100 * (1 + rng.below(50)))) people signed a petition."
    case 11:
      return
        "\(country.possessive) \(a.office) \(a.variant(rng: &rng)) did not comment on the \(rng.pick(["proposal", "report", "figures", "statement"]))."
    case 12:
      return
        "Trade between the two countries fell by \(rng.below(40) + 2) percent to \(format(1 + rng.below(900))) million euros in \(year - 1)."
    case 13:
      return
        "\(a.mention(rng: &rng)) called the meeting \"\(rng.pick(["constructive", "difficult", "a first step", "useful"]))\" and said the next round would start on \(rng.pick(Pools.weekdays))."
    case 14:
      return
        "The \(rng.pick(["meeting", "session", "visit"])) took place behind closed doors in the \(rng.pick(["old palace", "foreign ministry", "presidential office", "conference centre"])) of \(city)."
    default:
      return
        "Observers said the sides remained far apart on the status of \(rng.pick(Pools.cities)) and on security guarantees."
    }
  }

  private func hedge(rng: inout SplitMix64) -> String { rng.pick(Pools.hedges) }

  private func hedged(_ value: Int, rng: inout SplitMix64) -> String {
    let h = hedge(rng: &rng)
    let figure = rng.chance(25) ? words(value) : format(drift(value, rng: &rng))
    return h.isEmpty ? figure : "\(h) \(figure)"
  }

  private func drift(_ value: Int, rng: inout SplitMix64) -> Int {
    rng.chance(8) ? max(1, value / 2 + rng.below(max(1, value))) : value
  }

  private func duration(rng: inout SplitMix64) -> String {
    let hours = minutes / 60
    let rest = minutes % 60
    let base: String
    if rest == 0 {
      base = hours == 1 ? "an hour" : "\(words(hours)) hours"
    } else if hours == 0 {
      base = "\(minutes) minutes"
    } else {
      base = "\(hours) hour\(hours == 1 ? "" : "s") and \(rest) minutes"
    }
    return rng.pick(["just over ", "about ", "under ", "nearly ", "", "more than "]) + base
  }

  private func format(_ value: Int) -> String {
    value >= 1000 ? "\(value / 1000),\((value % 1000).zeroPadded(to: 3))" : "\(value)"
  }

  private func words(_ value: Int) -> String {
    if value < 20 { return Pools.units[value] }
    if value < 100 {
      let tens = Pools.tens[value / 10]
      return value % 10 == 0 ? tens : "\(tens)-\(Pools.units[value % 10])"
    }
    if value % 1000 == 0 && value < 20000 { return "\(Pools.units[value / 1000]) thousand" }
    if value % 100 == 0 && value < 2000 { return "\(words(value / 100)) hundred" }
    return format(value)
  }
}

private struct Country {
  let name: String
  let demonym: String
  let possessive: String
}

private struct Person {
  let first: String
  let last: String
  let office: String
  let country: Country

  var full: String { "\(first) \(last)" }
  var postTitle: String { "the \(country.demonym) \(office.lowercased())" }

  func title(rng: inout SplitMix64) -> String {
    switch rng.below(10) {
    case 0: return "Former \(office)"
    case 1, 2, 3: return "\(country.demonym) \(office)"
    case 4, 5: return "\(country.possessive) \(office)"
    default: return office
    }
  }

  func mention(rng: inout SplitMix64) -> String { rng.chance(70) ? last : full }

  /// The surname, now and then with one letter doubled or dropped.
  func variant(rng: inout SplitMix64) -> String {
    guard rng.chance(10), last.count > 4 else { return last }
    var letters = Array(last)
    if rng.chance(50) {
      letters.append(letters[letters.count - 1])
    } else {
      letters.remove(at: letters.count - 2)
    }
    return String(letters)
  }
}

private enum Pools {
  static let cities = [
    "Istanbul", "Geneva", "Vienna", "Doha", "Riyadh", "Oslo", "Helsinki", "Minsk", "Baku", "Astana", "Cairo",
    "Nairobi", "Jakarta", "Lima", "Bogota", "Warsaw", "Tallinn", "Valletta", "Reykjavik", "Tbilisi",
  ]
  static let countries = [
    Country(name: "Norway", demonym: "Norwegian", possessive: "Norway's"),
    Country(name: "Chile", demonym: "Chilean", possessive: "Chile's"),
    Country(name: "Kenya", demonym: "Kenyan", possessive: "Kenya's"),
    Country(name: "Poland", demonym: "Polish", possessive: "Poland's"),
    Country(name: "Japan", demonym: "Japanese", possessive: "Japan's"),
    Country(name: "Brazil", demonym: "Brazilian", possessive: "Brazil's"),
    Country(name: "Egypt", demonym: "Egyptian", possessive: "Egypt's"),
    Country(name: "Canada", demonym: "Canadian", possessive: "Canada's"),
    Country(name: "Georgia", demonym: "Georgian", possessive: "Georgia's"),
    Country(name: "Finland", demonym: "Finnish", possessive: "Finland's"),
  ]
  static let offices = [
    "Foreign Minister", "Defence Minister", "President", "Prime Minister", "Interior Minister",
    "Deputy Foreign Minister", "Finance Minister", "Ambassador",
  ]
  static let firstNames = [
    "Anna", "Pavel", "Marta", "Kenji", "Lucia", "Omar", "Ingrid", "Tomas", "Amara", "Diego", "Leila", "Jonas",
    "Sofia", "Ravi", "Elena", "Mateo", "Hana", "Yusuf", "Clara", "Nikolai",
  ]
  static let surnames = [
    "Kowalczyk", "Lindqvist", "Okonkwo", "Tanaka", "Ferreira", "Haddad", "Novak", "Petrenko", "Alvarez",
    "Johansson", "Mbeki", "Castellano", "Virtanen", "Demir", "Horvath", "Sato", "Mendoza", "Abramov",
    "Kristensen", "Oyelaran",
  ]
  static let hedges = [
    "", "", "", "at least", "more than", "over", "nearly", "almost", "about", "around", "roughly", "some",
    "up to", "fewer than", "just over", "just under", "no fewer than", "upwards of", "approximately",
  ]
  static let things = ["soldiers", "civilians", "children", "journalists", "aid workers", "families", "vehicles"]
  static let bodies = ["Red Cross", "interior ministry", "regional governor", "United Nations", "local council"]
  static let months = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
    "December",
  ]
  static let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
  static let ordinals = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth"]
  static let units = [
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
  ]
  static let tens = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
}

extension String {
  fileprivate var capitalizedFirst: String {
    guard let first else { return self }
    return first.uppercased() + dropFirst()
  }
}
