import GovernorDaemon
import Testing

@Suite struct MallocArenasTests {
    /// `governor run` caps glibc's arenas first thing; glibc must accept the setting, or the cap is silently lost.
    @Test func glibcTakesTheArenaCap() {
        #expect(MallocArenas.capForDaemon())
    }
}
