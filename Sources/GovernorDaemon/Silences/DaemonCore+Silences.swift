import Foundation
public import GovernorCore
import GovernorEngine
import GovernorQuery
import GovernorStore

extension DaemonCore {
    /// Reads the silences the last run left, forgetting those that ended over the retention ago.
    func restoreSilences() async throws {
        let store = SQLiteSilenceStore(database: stores.database)
        do {
            silenceBook = SilenceBook(try await store.load())
            let forgotten = silenceBook.collectGarbage(at: silenceTime)
            if !forgotten.isEmpty { try store.save([], removing: forgotten) }
        } catch {
            throw DaemonError("cannot read the silences from \(configuration.databasePath): \(error)")
        }
    }

    /// Creates a silence, or updates the one with `proposed.id`, as Alertmanager's `Set` does; returns the id in
    /// force. It is on disk and honoured from the pipeline's next flush on when this returns. Throws
    /// `SilenceBookError` when refused, and the store's error when it could not be saved (nothing changed then).
    public func setSilence(_ proposed: Silence) async throws -> String {
        try refuseFileSilence(proposed.id)
        let now = silenceTime
        var book = silenceBook
        let change = try book.set(proposed, at: now) { UUID().uuidString.lowercased() }
        let forgotten = book.collectGarbage(at: now)
        try SQLiteSilenceStore(database: stores.database).save(change.written, removing: forgotten)
        silenceBook = book
        for entry in change.written { announce(entry, at: now) }
        await silencesChanged()
        return change.id
    }

    /// Ends a silence now, as Alertmanager's `Expire` does.
    public func expireSilence(id: String) async throws {
        try refuseFileSilence(id)
        let now = silenceTime
        var book = silenceBook
        let expired = try book.expire(id: id, at: now)
        try SQLiteSilenceStore(database: stores.database).save([expired])
        silenceBook = book
        announce(expired, at: now)
        await silencesChanged()
    }

    /// Silences are set and expired in the daemon's clock time, never behind the time it has run up to: on the
    /// wall clock that is the time now, in a simulated run the simulated time.
    var silenceTime: Timestamp { max(configuration.clock.now(), clockPosition) }

    private func silencesChanged() async {
        await pipeline?.replaceRuntimeSilences(silenceBook.silences)
        await publish()
    }

    /// A silence of `alerts/` changes only with its file, so that the file stays the truth about it.
    private func refuseFileSilence(_ id: String) throws(SilenceBookError) {
        guard !id.isEmpty, let silence = alerting?.silences.first(where: { $0.id == id }) else { return }
        let place = silence.location.map { " at \($0)" } ?? " in the alerts files"
        throw SilenceBookError(.definedInFile, "silence \(id) is defined\(place); change it there")
    }

    private func announce(_ entry: RuntimeSilence, at now: Timestamp) {
        let silence = entry.silence
        // An expired silence ends at `now` exactly, where `state(at:)` still calls it active.
        let what =
            silence.endsAt <= now
            ? "expired" : "until \(DaemonText.time(silence.endsAt)) by \(silence.createdBy): \(silence.comment)"
        say(
            "\(DaemonText.time(now))  \(DaemonText.pad("SILENCE"))\(silence.id) "
                + "\(silence.matchers.alertmanagerText) \(what)")
    }
}
