import GovernorConsole
import GovernorCore
import Testing

/// The console's changing intents mirror the daemon's allowlist: every action can be asked for, and no changing
/// intent names something the daemon would refuse.
struct IntentKindTests {
    @Test func everyOpsActionHasAnIntentAndEveryChangingIntentIsAnAction() {
        let actions = Set(IntentKind.allCases.compactMap(\.action))
        #expect(actions == Set(OpsAction.allCases))
        for action in OpsAction.allCases {
            #expect(IntentKind(rawValue: action.rawValue)?.action == action, "\(action) has no console intent")
        }
    }
}
