import Testing

@testable import FactLintKit

/// When the tool starts itself again with deeper allocator caches, and with what.
@Suite struct AllocatorRestartTests {
  @Test func aPlainEnvironmentGetsTheSetting() {
    #expect(AllocatorRestart.tunables(for: [:]) == AllocatorRestart.setting)
    #expect(AllocatorRestart.tunables(for: ["PATH": "/usr/bin", "GLIBC_TUNABLES": ""]) == AllocatorRestart.setting)
  }

  @Test func otherTunablesAreKeptBeforeTheSetting() {
    let tunables = AllocatorRestart.tunables(for: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=1"])
    #expect(tunables == "glibc.malloc.hugetlb=1:" + AllocatorRestart.setting)
  }

  @Test func aDepthAlreadySetIsLeftAsItIs() {
    // Set by the user, or by the run that started this one: no second restart.
    #expect(AllocatorRestart.tunables(for: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"]) == nil)
    #expect(AllocatorRestart.tunables(for: ["GLIBC_TUNABLES": AllocatorRestart.setting]) == nil)
    let several = "glibc.malloc.hugetlb=1:glibc.malloc.tcache_count=64"
    #expect(AllocatorRestart.tunables(for: ["GLIBC_TUNABLES": several]) == nil)
    // A longer name that merely starts the same is another tunable.
    let other = "glibc.malloc.tcache_count_extra=1"
    #expect(AllocatorRestart.tunables(for: ["GLIBC_TUNABLES": other]) == other + ":" + AllocatorRestart.setting)
  }

  @Test func aPreloadedLibraryIsLeftAlone() {
    // valgrind's tools preload their own allocator; so may a user.
    let valgrind = ["LD_PRELOAD": "/usr/libexec/valgrind/vgpreload_core-amd64-linux.so"]
    #expect(AllocatorRestart.tunables(for: valgrind) == nil)
    #expect(AllocatorRestart.tunables(for: ["LD_PRELOAD": ""]) == AllocatorRestart.setting)
  }

  @Test func theSettingIsATcacheDepthGlibcAccepts() throws {
    let parts = AllocatorRestart.setting.split(separator: "=")
    #expect(parts.count == 2)
    #expect(parts.first == "glibc.malloc.tcache_count")
    let depth = try #require(Int(parts.last ?? ""))
    // glibc takes at most 65,535 and keeps its default of 7 for anything larger.
    #expect(depth > 7 && depth <= 65_535)
  }

  @Test func aRunStartedThroughTheLoaderIsLeftAlone() {
    #expect(AllocatorRestart.isDynamicLoader("/lib64/ld-linux-x86-64.so.2"))
    #expect(AllocatorRestart.isDynamicLoader("/lib/ld-musl-aarch64.so.1"))
    #expect(!AllocatorRestart.isDynamicLoader("/work/main/.build/release/factlint"))
    #expect(!AllocatorRestart.isDynamicLoader("/usr/local/bin/ld-helper"))
  }
}
