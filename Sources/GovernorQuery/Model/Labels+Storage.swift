extension Labels {
    /// Whether both label sets are the very same array, decided without reading either: `==` loads both arrays'
    /// counts first, a cache miss each when a scrape compares a hundred thousand cached label sets. The same
    /// array means the same labels, since an array shared by two holders is copied before either can change it.
    /// False says nothing: two different arrays may still hold equal labels.
    func sharesStorage(with other: Labels) -> Bool {
        // A native array is one reference to its storage (Linux has no bridged arrays), so its bits name it.
        unsafeBitCast(pairs, to: UInt.self) == unsafeBitCast(other.pairs, to: UInt.self)
    }
}
