extension UnsafeMutableBufferPointer {
    /// Sorts in place by a strict total order (no two elements tie), so unlike the standard
    /// library's stable merge sort it needs no scratch buffer; the result is the same. Used for
    /// the clusterer's small per-article sorts: quicksort with median-of-three, insertion sort
    /// for short runs. Always inlined, so that the comparison closure is too.
    @inline(__always)
    mutating func quickSort(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        // Pending ranges: the larger side waits here while the smaller is sorted first, so at
        // most log2(count) ranges ever wait.
        withUnsafeTemporaryAllocation(of: (Int, Int).self, capacity: 64) { pending in
            var waiting = 0
            var low = 0
            var high = count - 1
            while true {
                while high - low >= 16 {
                    let middle = low + (high - low) / 2
                    if areInIncreasingOrder(self[middle], self[low]) { swapAt(middle, low) }
                    if areInIncreasingOrder(self[high], self[low]) { swapAt(high, low) }
                    if areInIncreasingOrder(self[high], self[middle]) { swapAt(high, middle) }
                    let pivot = self[middle]
                    var left = low
                    var right = high
                    while left <= right {
                        while areInIncreasingOrder(self[left], pivot) { left += 1 }
                        while areInIncreasingOrder(pivot, self[right]) { right -= 1 }
                        if left <= right {
                            swapAt(left, right)
                            left += 1
                            right -= 1
                        }
                    }
                    if right - low < high - left {
                        if left < high {
                            pending[waiting] = (left, high)
                            waiting += 1
                        }
                        high = right
                    } else {
                        if low < right {
                            pending[waiting] = (low, right)
                            waiting += 1
                        }
                        low = left
                    }
                }
                var index = low + 1
                while index <= high {
                    let element = self[index]
                    var position = index
                    while position > low, areInIncreasingOrder(element, self[position - 1]) {
                        self[position] = self[position - 1]
                        position -= 1
                    }
                    self[position] = element
                    index += 1
                }
                guard waiting > 0 else { return }
                waiting -= 1
                (low, high) = pending[waiting]
            }
        }
    }
}
