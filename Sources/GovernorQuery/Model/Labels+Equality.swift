extension Labels {
    /// Equal label sets. The very same array is decided first, without reading it: the synthesized `==` loads both
    /// arrays' counts first, a cache miss each when a scrape compares a hundred thousand cached label sets with
    /// the ones it is handed. The same array means the same labels, since an array shared by two holders is copied
    /// before either can change it.
    public static func == (lhs: Labels, rhs: Labels) -> Bool {
        // A native array is one reference to its storage (Linux has no bridged arrays), so its bits name it.
        unsafeBitCast(lhs.pairs, to: UInt.self) == unsafeBitCast(rhs.pairs, to: UInt.self) || lhs.pairs == rhs.pairs
    }
}
