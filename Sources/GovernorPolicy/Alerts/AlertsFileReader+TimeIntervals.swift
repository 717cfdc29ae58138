import GovernorCore

/// Named time intervals (`time_intervals`, and the older `mute_time_intervals` with the same shape).
extension AlertsFileReader {
    mutating func readTimeInterval(_ node: YAMLNode, field: String) {
        guard
            let fields = yaml.fields(of: node, "time interval", known: ["name", "time_intervals"], required: ["name"]),
            let name = yaml.string(fields["name"], field: "name")
        else { return }
        let intervals = yaml.list(fields["time_intervals"], field: "time_intervals").compactMap { readInterval($0) }
        parts.timeIntervals.append((name, intervals, yaml.location(of: node)))
    }

    private mutating func readInterval(_ node: YAMLNode) -> TimeInterval? {
        let known = ["times", "weekdays", "days_of_month", "months", "years", "location"]
        guard let fields = yaml.fields(of: node, "time interval", known: known) else { return nil }
        if let locationNode = fields["location"], let location = yaml.string(locationNode, field: "location"),
            !["UTC", "Etc/UTC"].contains(location)
        {
            yaml.error(
                locationNode, "time zone '\(location)' is not supported: Governor reads time intervals in UTC only",
                hint: "remove 'location' and write the times in UTC")
        }
        var interval = TimeInterval()
        for item in yaml.list(fields["times"], field: "times") {
            guard let time = yaml.fields(of: item, "times entry", known: ["start_time", "end_time"]) else { continue }
            guard let start = yaml.string(time["start_time"], field: "start_time"),
                let end = yaml.string(time["end_time"], field: "end_time")
            else {
                yaml.error(item, "both start and end times must be provided")
                continue
            }
            if let range = parse(
                item,
                { () throws(TimeIntervalSyntaxError) in
                    try TimeIntervalSyntax.timeRange(start: start, end: end)
                })
            {
                interval.times.append(range)
            }
        }
        interval.weekdays = ranges(fields["weekdays"], field: "weekdays", TimeIntervalSyntax.weekdays)
        interval.daysOfMonth = ranges(fields["days_of_month"], field: "days_of_month", TimeIntervalSyntax.daysOfMonth)
        interval.months = ranges(fields["months"], field: "months", TimeIntervalSyntax.months)
        interval.years = ranges(fields["years"], field: "years", TimeIntervalSyntax.years)
        return interval
    }

    private mutating func ranges<Value>(
        _ node: YAMLNode?, field: String, _ read: (String) throws(TimeIntervalSyntaxError) -> Value
    ) -> [Value] {
        yaml.stringList(node, field: field).compactMap { text, item in
            parse(item, { () throws(TimeIntervalSyntaxError) in try read(text) })
        }
    }

    private mutating func parse<Value>(_ node: YAMLNode, _ read: () throws(TimeIntervalSyntaxError) -> Value) -> Value?
    {
        do {
            return try read()
        } catch {
            yaml.error(node, error.message)
            return nil
        }
    }
}
