/// The version `governor --version` prints and the daemon announces.
public enum GovernorVersion {
    public static let current = "0.4.0"

    /// `governor 0.4.0 (release build, Swift 6.3, Linux x86_64)`: what a bug report needs.
    public static var withBuild: String {
        "governor \(current) (\(configuration) build, Swift \(swiftVersion), \(platform))"
    }

    private static var configuration: String {
        #if DEBUG
            "debug"
        #else
            "release"
        #endif
    }

    private static var swiftVersion: String {
        #if compiler(>=6.3)
            "6.3"
        #elseif compiler(>=6.2)
            "6.2"
        #else
            "6.x"
        #endif
    }

    private static var platform: String {
        #if os(Linux)
            let system = "Linux"
        #elseif os(macOS)
            let system = "macOS"
        #else
            let system = "unknown OS"
        #endif
        #if arch(x86_64)
            return "\(system) x86_64"
        #elseif arch(arm64)
            return "\(system) arm64"
        #else
            return system
        #endif
    }

    /// `60` rather than `60.0`, `0.5` as is.
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
