extension UnsafeMutableBufferPointer {
    /// Sorts in place by a strict total order (no two elements tie), so unlike the standard
    /// library's stable merge sort it needs no scratch buffer; the result is the same. Used for
    /// the clusterer's small per-article sorts: quicksort with median-of-three, insertion sort
    /// for short runs.
    @inlinable
    mutating func quickSort(by areInIncreasingOrder: (Element, Element) -> Bool) {
        guard count > 1 else { return }
        quickSort(0, count - 1, by: areInIncreasingOrder)
    }

    @inlinable
    mutating func quickSort(_ low: Int, _ high: Int, by areInIncreasingOrder: (Element, Element) -> Bool) {
        var low = low
        var high = high
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
            // The smaller side by recursion, the larger by looping: the depth stays logarithmic.
            if right - low < high - left {
                if low < right { quickSort(low, right, by: areInIncreasingOrder) }
                low = left
            } else {
                if left < high { quickSort(left, high, by: areInIncreasingOrder) }
                high = right
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
    }
}
