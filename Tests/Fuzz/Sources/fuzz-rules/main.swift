import FactLintKit
import FuzzDriver

/// One input, run through `FuzzTargets.ruleFile`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTargets.ruleFile(FuzzDriver.bytes(data, size))
  return 0
}

/// The program's entry point (see FuzzDriver).
@_cdecl("fuzz_rules_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  FuzzDriver.run(argc, argv, fuzzOneInput)
}
