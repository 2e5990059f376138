/// The rule set shipped inside factlint, written in the rule language itself.
/// It checks what needs no knowledge of the corpus. A project's rule file can
/// switch any of it off with `disable ID`.
public enum DefaultRules {
  /// The display path of the built-in rule file.
  public static let path = "<built-in>/defaults.rules"

  /// The ids of the built-in rules, which `disable` may name even when they are not loaded.
  public static let ids: Set<String> = {
    let sources = SourceManager()
    let file = sources.add(path: path, bytes: Array(source.utf8), role: .rules)
    return Set(RuleParser.parse(file, builtIn: true).0.rules.map(\.id))
  }()

  /// The source of the built-in rules.
  public static let source = #"""
    # factlint's built-in rules: checks that need no knowledge of the corpus.

    rule name-spelling {
      severity warning
      explain "A person's name should be spelled one way in every document. Spellings that differ by one or two letters are taken as variants of one name; the spelling used by the most documents is preferred."
      select names: name
      expect names spelled alike
      example fails {
        doc "Finance Minister Anna Kowalczyk spoke first."
        doc "Kowalczik later left the meeting."
      }
      example passes {
        doc "Finance Minister Anna Kowalczyk spoke first."
        doc "Kowalczyk later left the meeting."
      }
    }

    rule count-conflict {
      severity warning
      explain "Within one document, counts of the same thing (the same noun phrase, counted the same way: per side or in all) must be able to be true together. Quoted figures are someone's claim and are left out."
      scope document
      select counts: count unquoted value >= 3
      expect counts agree by noun
      example fails {
        doc "The storm destroyed 40 wooden houses, the mayor said. A later report put the toll at 25 wooden houses."
      }
      example passes {
        doc "The fire destroyed at least 40 wooden houses. Officials later said 42 wooden houses burned."
        doc "Both sides freed 500 prisoners each, 1,000 prisoners in all."
      }
    }

    rule weekday-mismatch {
      severity error
      explain "A date written with its weekday must fall on that weekday. One of the two is wrong, and readers cannot tell which."
      select dates: date
      expect dates weekdays match
      example fails {
        doc "The agreement was signed on Friday, 17 May 2025."
      }
      example passes {
        doc "The agreement was signed on Friday, 16 May 2025."
        doc "The agreement was signed on Friday, 16 May."
      }
    }

    rule title-contradiction {
      severity warning
      explain "A person cannot hold an office and be its former holder at once, nor hold two ranks of one office. Different offices (a delegation head who is also a presidential aide) are fine."
      select people: person
      expect people titles agree
      example fails {
        doc "Prime Minister Karl Olsen opened the summit."
        doc "Former Prime Minister Karl Olsen opened the summit."
        doc "Prime Minister Karl Olsen closed it."
      }
      example passes {
        doc "Prime Minister Karl Olsen opened the summit."
        doc "Karl Olsen, head of the Danish delegation, spoke."
      }
    }
    """#
}
