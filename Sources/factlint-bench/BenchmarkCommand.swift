import FactLintKit
import Foundation

/// `factlint-bench`: generates corpora and measures factlint on them.
enum BenchmarkCommand {
  struct Options {
    var sizes: [Int] = [10, 100]
    var directory = NSTemporaryDirectory() + "factlint-bench"
    var runs = 1
    var factlint: String?
    var rules = "Rules"
    /// Whether to measure, after the main table, runs from a cold page cache.
    var cold = false
    /// Whether `--sizes` was given: with `--linear` alone, the main table is left out.
    var sizesGiven = false
    /// The small and the large size of the scaling table, in MB.
    var linear: (small: Int, large: Int)?
  }

  static let usage = """
    usage: factlint-bench [--sizes 10,100,1000] [--runs N] [--cold] [--linear SMALL,LARGE]
                          [--dir DIR] [--factlint PATH] [--rules DIR]
           factlint-bench generate DIR --mb N

    Generates a news-like corpus at each size (kept in DIR between runs) and measures
    factlint on it beside `wc -w`: end-to-end MB/s, one worker against two, streamed
    runs, extraction alone, facts per second and peak memory.

      --sizes LIST     corpus sizes in MB (default 10,100)
      --runs N         runs of each measurement; the table shows the best (default 1)
      --cold           then measure each size again from a cold page cache
      --linear S,L     then compare the time per MB at L MB with that at S MB, from N
                       rounds of an S run, an L run and an S run again (alone when
                       --sizes is not given)
      --dir DIR        where corpora are kept (default $TMPDIR/factlint-bench)
      --factlint PATH  the factlint to measure (default: the one built beside this)
      --rules DIR      the rules to check with (default Rules)
    """

  static func run(_ arguments: [String]) -> Int32 {
    if arguments.first == "generate" { return generate(Array(arguments.dropFirst())) }
    var options = Options()
    var i = 0
    func value() -> String? {
      i += 1
      return i < arguments.count ? arguments[i] : nil
    }
    while i < arguments.count {
      switch arguments[i] {
      case "--sizes":
        options.sizes = (value() ?? "").split(separator: ",").compactMap { Int($0) }
        options.sizesGiven = true
      case "--linear":
        let sizes = (value() ?? "").split(separator: ",").compactMap { Int($0) }
        guard sizes.count == 2, sizes[0] > 0, sizes[0] < sizes[1] else {
          printError("factlint-bench: error: --linear takes two sizes in MB, the smaller first, such as 10,1000")
          return 2
        }
        options.linear = (sizes[0], sizes[1])
      case "--help", "-h":
        print(usage)
        return 0
      case "--dir": options.directory = value() ?? options.directory
      case "--runs": options.runs = max(1, Int(value() ?? "") ?? 1)
      case "--factlint": options.factlint = value()
      case "--rules": options.rules = value() ?? options.rules
      case "--cold": options.cold = true
      default:
        printError("factlint-bench: error: unknown argument '\(arguments[i])'\n\n\(usage)")
        return 2
      }
      i += 1
    }
    guard !options.sizes.isEmpty else {
      printError("factlint-bench: error: --sizes takes sizes in MB, such as 10,100,1000")
      return 2
    }
    let binary = options.factlint ?? siblingExecutable("factlint")
    print(machineDescription())
    if options.sizesGiven || options.linear == nil {
      let status = mainTable(options, binary: binary)
      if status != 0 { return status }
    }
    if let linear = options.linear { return linearTable(linear, binary: binary, options: options) }
    return 0
  }

  /// The table of every size, then (with `--cold`) the table from a cold page cache.
  private static func mainTable(_ options: Options, binary: String) -> Int32 {
    var corpora: [(size: Int, folder: String, list: String, megabytes: Double)] = []
    print("")
    print(
      "| corpus | files | `wc -w` | factlint | MB/s | × wc | peak RSS | --jobs 1 | 2 jobs vs 1 | cores busy | "
        + "--stream always | streamed peak | extraction | extraction MB/s | facts | facts/s | extraction peak |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for size in options.sizes {
      let folder = (options.directory as NSString).appendingPathComponent("\(size)MB")
      guard let corpus = prepare(folder, megabytes: size) else { return 2 }
      let mb = Double(corpus.bytes) / 1e6
      corpora.append((size, folder, corpus.list, mb))
      let wc = best(options.runs) { ProcessMeasurement.run(["wc", "-w", "--files0-from=\(corpus.list)"]) }
      let (single, check, speedup) = inTurns(options.runs) {
        ProcessMeasurement.run([binary, folder, "--rules", options.rules, "--format", "gnu", "--jobs", "1"])
      } _: {
        ProcessMeasurement.run([binary, folder, "--rules", options.rules, "--format", "gnu", "--jobs", "2"])
      }
      let streamed = best(options.runs) {
        ProcessMeasurement.run([
          binary, folder, "--rules", options.rules, "--format", "gnu", "--jobs", "2", "--stream", "always",
        ])
      }
      let statsPath = folder + ".stats"
      let extract = best(options.runs) {
        ProcessMeasurement.run([binary, "facts", folder, "--format", "stats", "--jobs", "2"], stdout: statsPath)
      }
      let facts = factCount(statsPath)
      print(
        "| \(size) MB | \(corpus.files) | \(fmt(wc.seconds)) s | \(fmt(check.seconds)) s | \(fmt(mb / check.seconds, 1)) | "
          + "\(fmt(check.seconds / wc.seconds, 1)) | \(check.peakBytes / 1_000_000) MB | \(fmt(single.seconds)) s | "
          + "\(fmt(speedup))× | \(fmt(check.coresBusy)) | \(fmt(streamed.seconds)) s | \(streamed.peakBytes / 1_000_000) MB | "
          + "\(fmt(extract.seconds)) s | \(fmt(mb / extract.seconds, 1)) | "
          + "\(facts) | \(Int(Double(facts) / extract.seconds)) | \(extract.peakBytes / 1_000_000) MB |")
      if check.status > 1 || single.status > 1 || streamed.status > 1 || extract.status != 0 {
        printError(
          "factlint-bench: factlint failed on \(folder) (status \(check.status), \(single.status), "
            + "\(streamed.status), \(extract.status))")
        return 1
      }
    }
    if options.cold { coldTable(corpora, binary: binary, options: options) }
    return 0
  }

  /// Compares the time per MB of a check at the large size with that at the small
  /// size, from `--runs` rounds of a small run, a large run and a small run again
  /// (``ScalingTimings``). Each is `factlint DIR --format gnu --jobs 2`, as a user
  /// runs it: the large corpus streams when it reaches `--stream auto`'s threshold.
  private static func linearTable(_ sizes: (small: Int, large: Int), binary: String, options: Options) -> Int32 {
    var prepared: [(folder: String, megabytes: Double)] = []
    for size in [sizes.small, sizes.large] {
      let folder = (options.directory as NSString).appendingPathComponent("\(size)MB")
      guard let corpus = prepare(folder, megabytes: size) else { return 2 }
      prepared.append((folder, Double(corpus.bytes) / 1e6))
    }
    func check(_ folder: String) -> Measurement {
      ProcessMeasurement.run([binary, folder, "--rules", options.rules, "--format", "gnu", "--jobs", "2"])
    }
    var timings = ScalingTimings(smallMegabytes: prepared[0].megabytes, largeMegabytes: prepared[1].megabytes)
    var peak = 0
    for _ in 0..<options.runs {
      let before = check(prepared[0].folder)
      let large = check(prepared[1].folder)
      let after = check(prepared[0].folder)
      if [before, large, after].contains(where: { $0.status > 1 }) {
        printError("factlint-bench: factlint failed (status \(before.status), \(large.status), \(after.status))")
        return 1
      }
      timings.add(small: [before.seconds, after.seconds], large: large.seconds)
      peak = max(peak, large.peakBytes)
    }
    let smallPerMB = timings.smallSecondsPerMegabyte
    let largePerMB = timings.largeSecondsPerMegabyte
    let ratios = timings.ratios
    print("")
    print("Time per MB at \(sizes.large) MB against \(sizes.small) MB, \(options.runs) rounds in turns:")
    print("")
    print(
      "| corpora | \(sizes.small) MB, ms/MB | \(sizes.large) MB, ms/MB | ratio (median) | ratios | \(sizes.large) MB peak RSS |"
    )
    print("|---|---:|---:|---:|---|---:|")
    print(
      "| \(sizes.small) and \(sizes.large) MB | \(fmt(1000 * ScalingTimings.median(smallPerMB), 1)) | "
        + "\(fmt(1000 * ScalingTimings.median(largePerMB), 1)) | \(timings.medianRatio.map { fmt($0) } ?? "—")× | "
        + "\(ratios.map { fmt($0) }.joined(separator: ", ")) | \(peak / 1_000_000) MB |")
    return 0
  }

  /// Measures `wc -w` and factlint each from a cold page cache: the corpus's pages are
  /// dropped before every run, so each reads its files from the disk. The best of
  /// `--runs` runs.
  private static func coldTable(
    _ corpora: [(size: Int, folder: String, list: String, megabytes: Double)], binary: String, options: Options
  ) {
    print("")
    print("From a cold page cache (the corpus's pages dropped before every run):")
    print("")
    print("| corpus | `wc -w` | factlint | MB/s | × wc | --stream always | × wc |")
    print("|---:|---:|---:|---:|---:|---:|---:|")
    for corpus in corpora {
      func cold(_ arguments: [String]) -> Measurement {
        best(options.runs) {
          PageCache.evict(filesListedIn: corpus.list)
          return ProcessMeasurement.run(arguments)
        }
      }
      let wc = cold(["wc", "-w", "--files0-from=\(corpus.list)"])
      let check = cold([binary, corpus.folder, "--rules", options.rules, "--format", "gnu", "--jobs", "2"])
      let streamed = cold([
        binary, corpus.folder, "--rules", options.rules, "--format", "gnu", "--jobs", "2", "--stream", "always",
      ])
      print(
        "| \(corpus.size) MB | \(fmt(wc.seconds)) s | \(fmt(check.seconds)) s | \(fmt(corpus.megabytes / check.seconds, 1)) | "
          + "\(fmt(check.seconds / wc.seconds, 1)) | \(fmt(streamed.seconds)) s | \(fmt(streamed.seconds / wc.seconds, 1)) |"
      )
    }
  }

  /// `factlint-bench generate DIR --mb N`: writes a corpus of at least N MB.
  static func generate(_ arguments: [String]) -> Int32 {
    guard let directory = arguments.first, let flag = arguments.firstIndex(of: "--mb"), flag + 1 < arguments.count,
      let megabytes = Int(arguments[flag + 1])
    else {
      printError("usage: factlint-bench generate DIR --mb N")
      return 2
    }
    do {
      let (files, bytes) = try NewsGenerator().write(to: directory, bytes: megabytes * 1_000_000)
      print("wrote \(files) files, \(bytes) bytes to \(directory)")
      return 0
    } catch {
      printError("factlint-bench: error: \(error)")
      return 2
    }
  }

  /// Generates the corpus once (kept between runs) and writes its file list for `wc`.
  private static func prepare(_ folder: String, megabytes: Int) -> (files: Int, bytes: Int, list: String)? {
    let list = folder + ".files0"
    let manager = FileManager.default
    if !manager.fileExists(atPath: list) {
      try? manager.removeItem(atPath: folder)
      do {
        try NewsGenerator().write(to: folder, bytes: megabytes * 1_000_000)
      } catch {
        printError("factlint-bench: error: cannot write \(folder): \(error)")
        return nil
      }
      var paths: [String] = []
      for batch in ((try? manager.contentsOfDirectory(atPath: folder)) ?? []).sorted() {
        let sub = (folder as NSString).appendingPathComponent(batch)
        for name in ((try? manager.contentsOfDirectory(atPath: sub)) ?? []).sorted() {
          paths.append((sub as NSString).appendingPathComponent(name))
        }
      }
      var data = Data()
      for path in paths { data.append(contentsOf: Array(path.utf8) + [0]) }
      _ = manager.createFile(atPath: list, contents: data)
    }
    guard let data = manager.contents(atPath: list) else { return nil }
    let paths = data.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }
    let bytes = paths.reduce(0) { total, path in
      total + (((try? manager.attributesOfItem(atPath: path))?[.size] as? Int) ?? 0)
    }
    return (paths.count, bytes, list)
  }

  /// Runs `first` and `second` in turns, `runs` times each (the second first in every
  /// other pair, so that neither always runs on a cache the other warmed): the best
  /// run of each, and how many times faster the second ran, from the pairs' ratios
  /// (``PairedTimings``).
  private static func inTurns(
    _ runs: Int, _ first: () -> Measurement, _ second: () -> Measurement
  ) -> (first: Measurement, second: Measurement, speedup: Double) {
    var firsts: [Measurement] = []
    var seconds: [Measurement] = []
    var timings = PairedTimings()
    for pair in 0..<runs {
      let (a, b): (Measurement, Measurement)
      if pair % 2 == 0 {
        a = first()
        b = second()
      } else {
        b = second()
        a = first()
      }
      firsts.append(a)
      seconds.append(b)
      timings.add(first: a.seconds, second: b.seconds)
    }
    return (fastest(firsts), fastest(seconds), timings.medianSpeedup ?? 0)
  }

  private static func best(_ runs: Int, _ body: () -> Measurement) -> Measurement {
    fastest((0..<runs).map { _ in body() })
  }

  /// The quickest of `runs` (at least one).
  private static func fastest(_ runs: [Measurement]) -> Measurement { runs.min { $0.seconds < $1.seconds }! }

  private static func factCount(_ path: String) -> Int {
    guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { return 0 }
    for line in text.split(separator: "\n") where line.hasPrefix("facts ") {
      return Int(line.dropFirst(6).split(separator: " ").first ?? "") ?? 0
    }
    return 0
  }

  private static func siblingExecutable(_ name: String) -> String {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    return own.deletingLastPathComponent().appendingPathComponent(name).path
  }

  private static func machineDescription() -> String {
    let cpu =
      (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8))?.split(separator: "\n")
      .first { $0.hasPrefix("model name") }.map {
        String($0.split(separator: ":").last ?? "").trimmingCharacters(in: .whitespaces)
      }
      ?? "unknown CPU"
    let cores = ProcessInfo.processInfo.activeProcessorCount
    let memory = ProcessInfo.processInfo.physicalMemory / 1_073_741_824
    return "machine: \(cpu), \(cores) cores, \(memory) GiB"
  }

  private static func fmt(_ value: Double, _ digits: Int = 2) -> String { String(format: "%.\(digits)f", value) }

  static func printError(_ text: String) { FileHandle.standardError.write(Data((text + "\n").utf8)) }
}
