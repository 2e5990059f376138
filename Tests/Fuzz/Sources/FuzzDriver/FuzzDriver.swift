/// Starts libFuzzer's driver. SwiftPM links an executable's `main` to
/// `<module>_main`; under -parse-as-library nothing defines that symbol, so each
/// target defines it and calls ``FuzzDriver/run(_:_:_:)``.
public enum FuzzDriver {
  /// A libFuzzer callback: one input.
  public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs libFuzzer with the program's arguments and `callback`.
  public static func run(
    _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?, _ callback: Callback
  ) -> CInt {
    var count = argc
    var vector = argv
    return llvmFuzzerRunDriver(&count, &vector, callback)
  }

  /// The bytes of one input.
  public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
    data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: FuzzDriver.Callback
) -> CInt
