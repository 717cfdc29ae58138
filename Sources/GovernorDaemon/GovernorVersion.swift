/// The version `governor --version` prints and the daemon announces.
public enum GovernorVersion {
    public static let current = "0.4.0"

    /// `60` rather than `60.0`, `0.5` as is.
    static func plain(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}
