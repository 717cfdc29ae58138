import GovernorCore

/// Foundation also has a `Notification`; inside this module the name means Governor's.
typealias Notification = GovernorCore.Notification
