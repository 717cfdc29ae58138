extension Double {
    /// `10` rather than `10.0` in messages, and `99.95` as written.
    var plainText: String {
        rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : String(self)
    }
}
