/// Set algebra over ascending, duplicate-free lists of series ids, the form every postings list has.
enum SortedSeriesIDs {
    /// Ids in both lists.
    static func intersection(_ first: [SeriesID], _ second: [SeriesID]) -> [SeriesID] {
        let (small, large) = first.count <= second.count ? (first, second) : (second, first)
        var result: [SeriesID] = []
        result.reserveCapacity(small.count)
        // When one list is far shorter, binary-searching each of its ids beats walking the long list.
        if small.count * 16 < large.count {
            var searchStart = 0
            for id in small {
                searchStart = firstIndex(notBelow: id, in: large, from: searchStart)
                if searchStart == large.count { break }
                if large[searchStart] == id { result.append(id) }
            }
            return result
        }
        var smallIndex = 0
        var largeIndex = 0
        while smallIndex < small.count && largeIndex < large.count {
            let smallID = small[smallIndex]
            let largeID = large[largeIndex]
            if smallID == largeID {
                result.append(smallID)
                smallIndex += 1
                largeIndex += 1
            } else if smallID < largeID {
                smallIndex += 1
            } else {
                largeIndex += 1
            }
        }
        return result
    }

    /// Ids in `base` that are not in `removed`.
    static func subtracting(_ removed: [SeriesID], from base: [SeriesID]) -> [SeriesID] {
        if removed.isEmpty || base.isEmpty { return base }
        var result: [SeriesID] = []
        result.reserveCapacity(base.count)
        var removedIndex = 0
        for id in base {
            while removedIndex < removed.count && removed[removedIndex] < id { removedIndex += 1 }
            if removedIndex < removed.count && removed[removedIndex] == id { continue }
            result.append(id)
        }
        return result
    }

    /// Ids in any of `lists`, which must be pairwise disjoint (the postings of different values of one
    /// label name always are: a series has one value per name).
    static func union(ofDisjoint lists: [[SeriesID]], seriesCount: Int) -> [SeriesID] {
        if lists.count <= 1 { return lists.first ?? [] }
        let total = lists.reduce(0) { $0 + $1.count }
        // A dense union is cheaper to collect through a bitmap than to sort.
        if total * 8 > seriesCount {
            var present = [Bool](repeating: false, count: seriesCount)
            for list in lists {
                for id in list { present[Int(id)] = true }
            }
            var result: [SeriesID] = []
            result.reserveCapacity(total)
            for index in present.indices where present[index] { result.append(SeriesID(index)) }
            return result
        }
        var result: [SeriesID] = []
        result.reserveCapacity(total)
        for list in lists { result.append(contentsOf: list) }
        result.sort()
        return result
    }

    /// The first index at or after `start` whose id is not below `id`.
    static func firstIndex(notBelow id: SeriesID, in list: [SeriesID], from start: Int = 0) -> Int {
        var low = start
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < id { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
