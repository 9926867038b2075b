/// The arc-eager transition system, with the root as a last word of the buffer.
///
/// `shift` pushes the buffer's front; `right` makes the stack's top its head and pushes it;
/// `left` makes the buffer's front the head of the stack's top and pops it; `reduce` pops a top
/// that has its head. Putting the root at the end of the buffer lets the parser decide late
/// which word heads the sentence.
enum Move: Int, CaseIterable {
    case shift = 0, reduce, left, right
}

struct ParseState {
    let count: Int
    var stack: [Int] = []
    var front = 0
    var heads: [Int]
    var labels: [Int]
    var leftmost: [Int]
    var leftmost2: [Int]
    var rightmost: [Int]
    var rightmost2: [Int]
    var leftCount: [Int]
    var rightCount: [Int]
    var leftLabels: [UInt64]
    var rightLabels: [UInt64]

    /// A state over `count` words; index `count` is the root.
    init(count: Int) {
        self.count = count
        let none = [Int](repeating: -1, count: count + 1)
        heads = none
        labels = none
        leftmost = none
        leftmost2 = none
        rightmost = none
        rightmost2 = none
        leftCount = [Int](repeating: 0, count: count + 1)
        rightCount = leftCount
        leftLabels = [UInt64](repeating: 0, count: count + 1)
        rightLabels = leftLabels
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { front == count && stack.isEmpty }
    var top: Int { stack.last ?? -1 }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift, .right:
            guard front < count else { return false }
            return move == .shift || !stack.isEmpty
        case .reduce:
            return !stack.isEmpty && heads[stack[stack.count - 1]] >= 0
        case .left:
            return !stack.isEmpty && heads[stack[stack.count - 1]] < 0
        }
    }

    mutating func apply(_ move: Move, label: Int) {
        switch move {
        case .shift:
            stack.append(front)
            front += 1
        case .reduce:
            stack.removeLast()
        case .left:
            let dependent = stack.removeLast()
            attach(dependent, to: front, label: label)
        case .right:
            attach(front, to: stack[stack.count - 1], label: label)
            stack.append(front)
            front += 1
        }
    }

    private mutating func attach(_ dependent: Int, to head: Int, label: Int) {
        heads[dependent] = head
        labels[dependent] = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            // Left dependents arrive nearest first, so the newest is the leftmost.
            leftmost2[head] = leftmost[head]
            leftmost[head] = dependent
            leftCount[head] += 1
            leftLabels[head] |= bit
        } else {
            rightmost2[head] = rightmost[head]
            rightmost[head] = dependent
            rightCount[head] += 1
            rightLabels[head] |= bit
        }
    }

    /// How many arcs of the gold tree `gold` (heads, root = `count`) a move makes unreachable.
    ///
    /// The costs of Goldberg and Nivre's dynamic oracle; arcs already lost are not counted, so a
    /// non-projective gold tree still ranks the moves.
    func cost(_ move: Move, gold: [Int]) -> Int {
        let b = front
        switch move {
        case .shift:
            var cost = 0
            for k in stack {
                if gold[k] == b, heads[k] < 0 { cost += 1 }
                if gold[b] == k { cost += 1 }
            }
            return cost
        case .right:
            let s = stack[stack.count - 1]
            var cost = 0
            if gold[b] != s {
                if gold[b] > b { cost += 1 } else if stack.contains(gold[b]) { cost += 1 }
            }
            for k in stack where gold[k] == b && heads[k] < 0 { cost += 1 }
            return cost
        case .left:
            let s = stack[stack.count - 1]
            var cost = gold[s] > b ? 1 : 0
            for k in b...count where gold[k] == s { cost += 1 }
            return cost
        case .reduce:
            let s = stack[stack.count - 1]
            var cost = 0
            for k in b..<count where gold[k] == s { cost += 1 }
            return cost
        }
    }
}
