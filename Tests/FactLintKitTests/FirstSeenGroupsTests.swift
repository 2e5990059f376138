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

  /// Groups taken out are the groups as they were; none are left, and keys added after
  /// start new groups, found as before whether searched in order or through the table.
  @Test(arguments: [3, 17, 40])
  func groupsTakenOutLeaveNoneAndKeysAddedAfterStartAnew(keys: Int) {
    var groups = FirstSeenGroups<String, Int>()
    for k in 0..<keys { groups.add(k, under: "key \(k % 20)") }
    let before = groups.groups
    let taken = groups.takeGroups()
    #expect(taken.map(\.key) == before.map(\.key))
    #expect(taken.map(\.values) == before.map(\.values))
    #expect(groups.groups.isEmpty)
    for k in (0..<keys).reversed() { groups.add(k, under: "key \(k % 20)") }
    let again = Dictionary(uniqueKeysWithValues: groups.groups.map { ($0.key, $0.values) })
    #expect(groups.groups.count == min(keys, 20))
    #expect(again == Dictionary(uniqueKeysWithValues: before.map { ($0.key, $0.values.reversed()) }))
  }

  /// Tallies keep each key's first value and count, in the order the keys were first
  /// seen, whether the keys are searched in order or through the dictionary.
  @Test(arguments: [1, 8, 16, 17, 40])
  func talliesKeepEachKeysFirstValueAndCount(keys: Int) {
    var tallies = FirstSeenTallies<String, Int>()
    var groups = FirstSeenGroups<String, Int>()
    // Key k comes back k % 3 more times, after every key has come once.
    var added: [(String, Int)] = (0..<keys).map { ("key \($0)", $0) }
    for round in 1..<3 {
      for k in 0..<keys where k % 3 >= round { added.append(("key \(k)", round * 100 + k)) }
    }
    // A value is made only for a key's first.
    var made = 0
    for (key, value) in added {
      tallies.add(under: key) {
        made += 1
        return value
      }
      groups.add(value, under: key)
    }
    #expect(made == keys)
    #expect(tallies.tallies.map(\.key) == groups.groups.map(\.key))
    #expect(tallies.tallies.map(\.first) == groups.groups.map { $0.values[0] })
    #expect(tallies.tallies.map(\.count) == (0..<keys).map { 1 + $0 % 3 })
  }
}
