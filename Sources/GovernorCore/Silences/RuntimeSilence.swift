/// A silence made while the daemon runs (through the Alertmanager API), as opposed to one kept in `alerts/`: the
/// silence itself and when it was last changed, which Alertmanager reports as `updatedAt`.
public struct RuntimeSilence: Hashable, Sendable {
    public var silence: Silence
    /// Milliseconds since the Unix epoch, in the daemon's clock.
    public var updatedAt: Int64

    public init(_ silence: Silence, updatedAt: Int64) {
        self.silence = silence
        self.updatedAt = updatedAt
    }

    public var id: String { silence.id }
}
