/// A value's fields kept in one heap cell that copies share until one of them is
/// changed (copy on write).
///
/// Facts, counted nouns and diagnostics hold several strings and arrays each, and are
/// copied over and over as readers, checks and reporters pass them along. Kept in a
/// cell, a copy costs one reference count instead of one for each of those fields.
/// Copies compare equal at once when they share their cell.
struct SharedFields<Fields: Hashable & Sendable>: Hashable, Sendable {
  private final class Cell: @unchecked Sendable {
    // Changed only through `update`, and only while this copy alone holds the cell.
    @exclusivity(unchecked) var fields: Fields
    init(_ fields: consuming Fields) { self.fields = fields }
  }

  private var cell: Cell

  /// Keeps `fields` in a cell of their own.
  init(_ fields: consuming Fields) { cell = Cell(fields) }

  /// The fields, read in place: a getter would copy them all, counting a reference on
  /// each of their strings and arrays, to hand out one.
  @inline(__always) var fields: Fields {
    _read { yield cell.fields }
  }

  /// Applies `change` to the fields, first copying them if another value shares them.
  @inline(__always) mutating func update(_ change: (inout Fields) -> Void) {
    if !isKnownUniquelyReferenced(&cell) { cell = Cell(cell.fields) }
    change(&cell.fields)
  }

  /// The cell, as a plain reference, for a holder that keeps one of several kinds of
  /// cell in one field (``FactFields``).
  var object: AnyObject { cell }

  /// The fields whose cell is `object`, which ``object`` of such a value gave.
  init(object: AnyObject) { cell = unsafeDowncast(object, to: Cell.self) }

  /// Whether this value and `other` are copies of one value: they share their cell.
  @inline(__always) func sharesCell(with other: SharedFields) -> Bool { cell === other.cell }

  static func == (a: SharedFields, b: SharedFields) -> Bool { a.cell === b.cell || a.cell.fields == b.cell.fields }

  func hash(into hasher: inout Hasher) { hasher.combine(cell.fields) }
}
