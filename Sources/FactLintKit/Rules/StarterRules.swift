/// The rule file `factlint init` writes.
enum StarterRules {
  static let text = #"""
    # A starter rule file for factlint. Lines starting with # are comments.
    # Run `factlint test` to check the examples below, then `factlint` to lint.
    # The full language is in docs/rules.md.

    # A noun class names the ways documents say one thing; each phrase matches
    # singular and plural ("casualty" also matches "casualties").
    noun casualty = casualty, person, dead

    # A rule has an id, a severity (error, warning or note), an optional
    # message with {placeholders}, selections of facts, and what must hold.
    rule casualties-agree {
      severity warning
      message "\"{statement}\" cannot be true together with {expected} in {documents}"
      explain "All reports of one event should give compatible casualty figures."

      # Select count facts whose counted noun is in the class above.
      select toll: count noun casualty

      # Their intervals must overlap: "at least 30 dead" and "32 dead" agree,
      # "30 dead" and "45 dead" do not. Add "within 10%" to allow rounding.
      expect toll agree

      # Examples are tests: `factlint test` checks that the rule reports on the
      # first and stays silent on the second. Each doc is one document.
      example fails {
        doc "At least 30 people were killed in the blast."
        doc "Officials said 12 people were killed."
      }
      example passes {
        doc "At least 30 people were killed in the blast."
        doc "Officials said 32 people were killed."
      }
    }
    """#
}
