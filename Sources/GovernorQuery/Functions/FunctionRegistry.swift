/// Maps each function name to its implementation.
public enum FunctionRegistry {
    public static func implementation(named name: String) -> FunctionImplementation? { nil }
}
