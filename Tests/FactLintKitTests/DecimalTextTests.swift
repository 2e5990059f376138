import Testing

@testable import FactLintKit

@Suite struct DecimalTextTests {
  @Test func givesTheValueDoubleGivesBitForBit() {
    var texts = [
      "0", "7", "1000", "0.5", "1.5", "3.14159", "999999999999999", "1000000000000000", "123456789.123456",
      "0.1", "0.3", "2.675", "9007199254740993", "5.", "00012", "0.000000000000001", "1.0000000000000000000000001",
      "12345678901234567890", "", ".", "1.2.3", "1,000", "-5", "+5", "1e5", "inf", "nan", "٣",
    ]
    // Decimals of every length up to 17 digits, from a fixed pseudo-random sequence.
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<5000 {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      let digits = String(state >> 4)
      let length = Int(state % 17) + 1
      let text = String(digits.prefix(length))
      let point = Int((state >> 50) % UInt64(length + 1))
      texts.append(text)
      texts.append(String(text.prefix(point)) + "." + String(text.dropFirst(point)))
    }
    for text in texts {
      #expect(DecimalText.value(text)?.bitPattern == Double(text)?.bitPattern, "\(text)")
    }
  }
}
