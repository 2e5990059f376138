import Testing

@testable import FactLintKit

@Suite struct FirstSeenGroupsTests {
  /// Few keys are searched in order, many through a dictionary built on the way: the
  /// groups are the same either way, in the order their keys were first seen.
  @Test(arguments: [1, 8, 9, 16, 17, 40])
  func groupsValuesUnderTheirKeysInTheOrderFirstSeen(keys: Int) {
    var groups = FirstSeenGroups<String, Int>()
    var expected: [(String, [Int])] = []
    // Each key comes back after the others: keys 0, 1, …, then 0, 1, … again.
    for round in 0..<3 {
      for k in 0..<keys {
        let value = round * 100 + k
        groups.add(value, under: "key \(k)")
        if round == 0 { expected.append(("key \(k)", [])) }
        expected[k].1.append(value)
      }
    }
    #expect(groups.groups.map(\.key) == expected.map(\.0))
    #expect(groups.groups.map(\.values) == expected.map(\.1))
  }
}
