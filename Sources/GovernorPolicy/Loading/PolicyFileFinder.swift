import Foundation

/// Expands the paths given on the command line into policy files: directories are searched recursively for
/// `*.yaml` and `*.yml`, in sorted order so that results and diagnostics are stable.
enum PolicyFileFinder {
    static let extensions: Set<String> = ["yaml", "yml"]

    /// The files, and the paths that could not be read (missing, or not a file or directory).
    static func files(in paths: [String]) -> (files: [String], missing: [String]) {
        var files: [String] = []
        var missing: [String] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                missing.append(path)
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (fileManager.subpaths(atPath: path) ?? [])
                .filter { extensions.contains(($0 as NSString).pathExtension.lowercased()) }
                .map { "\(base)/\($0)" }
                .filter { candidate in
                    var isNestedDirectory: ObjCBool = false
                    return fileManager.fileExists(atPath: candidate, isDirectory: &isNestedDirectory)
                        && !isNestedDirectory.boolValue
                }
                .sorted()
            files += found
        }
        return (files, missing)
    }
}
