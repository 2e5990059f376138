import Foundation
import Testing

@testable import FactLintKit

/// The binary form a streamed check writes and reads back.
@Suite struct ByteCodingTests {
  @Test func everyValueReadsBackAsWritten() {
    let integers = [0, 1, 127, 128, 300, 16_383, 16_384, Int(Int32.max), Int.max]
    let signed = [0, -1, 1, -64, 64, -65_536, Int.min, Int.max]
    let doubles = [0, -0.0, 1.5, -2.25e300, .infinity, -.infinity, .leastNonzeroMagnitude]
    let strings = ["", "a", "fifteen bytes!!", "sixteen bytes!!!", "Зеленский", "😀 and more than fifteen bytes"]
    var out = ByteEncoder()
    for n in integers { out.unsigned(n) }
    for n in signed { out.signed(n) }
    for d in doubles { out.double(d) }
    out.double(.nan)
    out.word(0xDEAD_BEEF_0123_4567)
    for s in strings { out.string(s) }
    out.strings(strings)
    out.byte(0xFF)
    out.unsigned(3)
    out.bytes.append(contentsOf: [1, 2, 3])
    out.bytes.withUnsafeBytes { raw in
      var input = ByteDecoder(raw)
      #expect(integers.map { _ in input.unsigned() } == integers)
      #expect(signed.map { _ in input.signed() } == signed)
      #expect(doubles.map { _ in input.double().bitPattern } == doubles.map(\.bitPattern))
      #expect(input.double().isNaN)
      #expect(input.word() == 0xDEAD_BEEF_0123_4567)
      #expect(strings.map { _ in input.string() } == strings)
      #expect(input.strings() == strings)
      #expect(input.byte() == 0xFF)
      #expect(input.bytes(count: input.count()) == [1, 2, 3])
      #expect(input.isAtEnd)
      #expect(!input.failed)
    }
  }

  /// Numbers read back bit for bit; whole ones take a few bytes, not eight.
  @Test func numbersReadBackAndWholeOnesAreShort() {
    let numbers: [Double] = [
      0, 1, -1, 22, 1_000, 86_400, 20_000, -3_600, 0x1p52 - 1, -(0x1p52 - 1), 0x1p52, -0x1p53, 0.5, -0.0, 1e300,
      .infinity, -.infinity, .leastNonzeroMagnitude, .nan,
    ]
    var out = ByteEncoder()
    for n in numbers { out.number(n) }
    out.bytes.withUnsafeBytes { raw in
      var input = ByteDecoder(raw)
      for n in numbers {
        let read = input.number()
        #expect(read.bitPattern == n.bitPattern || (n.isNaN && read.isNaN), "\(n)")
      }
      #expect(input.isAtEnd && !input.failed)
    }
    for (n, most) in [
      (0.0, 1), (15.0, 1), (22.0, 2), (1_000.0, 2), (86_400.0, 3), (20_000.0, 3), (.infinity, 1), (0.5, 9),
    ] {
      var one = ByteEncoder()
      one.number(n)
      #expect(one.bytes.count <= most, "\(n)")
    }
  }

  /// A string the document spells where it stands is a one-byte mark, read back
  /// from the same bytes; any other is written out.
  @Test func stringsTheDocumentSpellsAreMarks() {
    let source = Array("President Zelensky met 1,000 PRISONERS at Çanakkale".utf8)
    let cases: [(String, Range<Int>, Bool, Bool)] = [
      ("Zelensky", 10..<18, false, true),
      ("zelensky", 10..<18, false, false),  // another spelling
      ("zelensky", 10..<18, true, true),  // lower-cased ASCII
      ("1,000 prisoners", 23..<38, true, true),
      ("çanakkale", 42..<52, true, false),  // lower-casing beyond ASCII is written out
      ("Çanakkale", 42..<52, false, true),
      ("Zelensky", 10..<200, false, false),  // a range past the end
      ("", 5..<5, false, true),
    ]
    source.withUnsafeBufferPointer { bytes in
      for (text, range, lowercased, marked) in cases {
        var out = ByteEncoder()
        out.string(text, spelledAt: range, in: bytes, lowercased: lowercased)
        #expect((out.bytes.count == 1) == marked, "\(text)")
        out.bytes.withUnsafeBytes { raw in
          var input = ByteDecoder(raw)
          #expect(input.string(spelledAt: range, in: bytes, lowercased: lowercased) == text)
          #expect(input.isAtEnd && !input.failed)
        }
      }
      // A damaged length, or a mark without the bytes it points at, fails the read.
      for damaged in [-5, 1_000] {
        var out = ByteEncoder()
        out.unsigned(damaged)
        out.bytes.withUnsafeBytes { raw in
          var input = ByteDecoder(raw)
          #expect(input.string(spelledAt: 0..<3, in: bytes) == "")
          #expect(input.failed)
        }
      }
      var mark = ByteEncoder()
      mark.unsigned(0)
      mark.bytes.withUnsafeBytes { raw in
        var input = ByteDecoder(raw)
        #expect(input.string(spelledAt: 0..<3, in: nil) == "" && input.failed)
      }
    }
  }

  /// A damaged encoding is reported, never read past: every cut of a valid one fails.
  @Test func aCutEncodingFailsWithoutReadingPastItsEnd() {
    var out = ByteEncoder()
    out.unsigned(1 << 40)
    out.string("a string longer than fifteen bytes")
    out.strings(["x", "y"])
    out.double(2.5)
    for cut in 0..<out.bytes.count {
      let bytes = Array(out.bytes.prefix(cut))
      bytes.withUnsafeBytes { raw in
        var input = ByteDecoder(raw)
        _ = input.unsigned()
        _ = input.string()
        _ = input.strings()
        _ = input.double()
        #expect(input.failed, "cut at \(cut)")
      }
    }
  }

  @Test func countsLargerThanTheBytesLeftFail() {
    var out = ByteEncoder()
    out.unsigned(1_000)
    out.bytes += [1, 2]
    out.bytes.withUnsafeBytes { raw in
      var input = ByteDecoder(raw)
      #expect(input.count() == 0)
      #expect(input.failed)
    }
    // An overlong varint (more than ten bytes) fails too.
    let overlong = [UInt8](repeating: 0x80, count: 11) + [1]
    overlong.withUnsafeBytes { raw in
      var input = ByteDecoder(raw)
      _ = input.unsigned()
      #expect(input.failed)
    }
  }
}
