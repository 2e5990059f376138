/// Currencies by sign and by word, for money facts. The unit of a money fact is
/// the currency's lower-case English name ("dollar", "euro", "swiss franc").
enum Currency {
  /// Signs written before an amount.
  static let signs: WordTable<String> = [
    "$": "dollar", "£": "pound", "€": "euro", "¥": "yen", "₹": "rupee", "₽": "ruble", "₩": "won", "₺": "lira",
    "₴": "hryvnia", "₪": "shekel", "₦": "naira", "฿": "baht", "₾": "lari", "₭": "kip", "₫": "dong", "₱": "peso",
  ]
  /// Letters written before a dollar sign: "US$", "C$", "HK$".
  static let dollarPrefixes: WordTable<String> = [
    "us": "us dollar", "usd": "us dollar", "c": "canadian dollar", "ca": "canadian dollar", "hk": "hong kong dollar",
    "a": "australian dollar", "au": "australian dollar", "nz": "new zealand dollar", "nzd": "new zealand dollar",
    "s": "singapore dollar", "aud": "australian dollar", "cad": "canadian dollar", "hkd": "hong kong dollar",
    "sgd": "singapore dollar",
  ]
  /// Currency words after an amount, by their singular.
  static let words: WordTable<String> = [
    "dollar": "dollar", "dollars": "dollar", "cent": "cent", "cents": "cent", "euro": "euro", "euros": "euro",
    "pound": "pound", "pounds": "pound", "pence": "pence", "penny": "penny", "yen": "yen", "yuan": "yuan",
    "renminbi": "yuan", "rmb": "yuan", "rupee": "rupee", "rupees": "rupee", "franc": "franc", "francs": "franc",
    "markka": "markka", "guilder": "guilder", "guilders": "guilder", "lira": "lira", "peso": "peso",
    "pesos": "peso", "ruble": "ruble", "rubles": "ruble", "rouble": "ruble", "roubles": "ruble",
    "krona": "krona", "kronor": "krona", "krone": "krone", "kroner": "krone", "dinar": "dinar", "dinars": "dinar",
    "dirham": "dirham", "dirhams": "dirham", "riyal": "riyal", "riyals": "riyal", "shekel": "shekel",
    "shekels": "shekel", "zloty": "zloty", "zlotys": "zloty", "hryvnia": "hryvnia", "hryvnias": "hryvnia",
    "usd": "us dollar", "eur": "euro", "gbp": "pound", "jpy": "yen", "cny": "yuan", "inr": "rupee",
    "chf": "swiss franc", "cad": "canadian dollar", "aud": "australian dollar", "rub": "ruble",
    "uah": "hryvnia", "sek": "krona", "bitcoin": "bitcoin", "bitcoins": "bitcoin", "btc": "bitcoin",
  ]
  /// Currency codes that may stand before an amount ("USD 200", "rmb 10").
  static let codes: WordSet = [
    "usd", "eur", "gbp", "jpy", "cny", "rmb", "inr", "chf", "cad", "aud", "rub", "uah", "sek", "hkd", "nzd",
  ]
  /// The currency of a code with the financial "M" for millions before it
  /// ("musd" for "MUSD"); the caller checks that it is written in capitals.
  static func millionsCode(_ word: String) -> String? {
    guard word.utf8.count == 4, word.utf8.first == 0x6D else { return nil }  // "m"
    let code = String(word.dropFirst())
    return codes.contains(code) ? words[code] : nil
  }

  /// Words naming a nation before a currency word ("swiss francs", "hong kong dollars").
  static let nationalities: WordSet = [
    "us", "u.s.", "american", "canadian", "australian", "hong", "kong", "singapore", "new", "zealand", "swiss",
    "french", "belgian", "finnish", "dutch", "japanese", "chinese", "indian", "pakistani", "mexican", "turkish",
    "russian", "ukrainian", "swedish", "danish", "norwegian", "israeli", "saudi", "egyptian", "brazilian",
  ]
}
