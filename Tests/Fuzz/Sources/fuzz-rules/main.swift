import FactLintKit

// SwiftPM links an executable's `main` to `<module>_main`; under -parse-as-library
// nothing defines it, so this file does, and hands control to libFuzzer's driver.

/// One input, run through `FuzzTargets.ruleFile`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  FuzzTargets.ruleFile(data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? [])
  return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The program's entry point: libFuzzer's driver with `fuzzOneInput`.
@_cdecl("fuzz_rules_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc
  var vector = argv
  return llvmFuzzerRunDriver(&count, &vector, fuzzOneInput)
}
