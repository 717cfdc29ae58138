/// The buffers shared by every node of a program: mostly those a node needs only while it runs, and the nodes' id
/// caches. One node runs at a time, so they stay in cache; kept by each node, they were a cache miss each, for every
/// node at every tick.
struct PlanScratch: Sendable {
    /// The output ids a node has produced this run: two series with one output's labels are an error.
    var seen = TickMarks()
    /// A binary operation's "one" side by match signature, and the signatures matched one-to-one.
    var oneSide = TickMarks()
    var matched = TickMarks()
    /// An aggregation's group of each input row, its slot of each group, the groups' accumulators and their order.
    var groupOfRow: [Int32] = []
    var groupSlots = TickMarks()
    var accumulators: [AggregateAccumulator] = []
    var order: [Int32] = []
    /// Every node's rows after its first, for the current tick (`PlanRows`).
    var tickRows: [PlanRow] = []
    /// Every node's per-id caches, kept from tick to tick: in one buffer, so they are lent with the rest.
    var idMaps = IDMapPool()
}
