/// Every combination of a few settings' values on a base configuration, in the order of nested
/// loops: the first setting varied changes slowest.
struct SettingsGrid<Settings> {
    private(set) var points: [Settings]

    init(base: Settings) {
        points = [base]
    }

    /// Each point so far with each of `values` written by `set`.
    func varying<Values: Sequence>(_ values: Values, _ set: (inout Settings, Values.Element) -> Void) -> Self {
        let values = Array(values)
        var grid = self
        grid.points = points.flatMap { point in
            values.map { value in
                var varied = point
                set(&varied, value)
                return varied
            }
        }
        return grid
    }

    /// Each point so far with `setting` at each of `values`.
    func varying<Values: Sequence>(_ setting: WritableKeyPath<Settings, Values.Element>, over values: Values) -> Self {
        varying(values) { $0[keyPath: setting] = $1 }
    }
}
