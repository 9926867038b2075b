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
    /// What the parse knows of one word (or the root): its head and label, its outermost
    /// dependents on each side, how many it has and which labels they carry. One array of these,
    /// rather than one array per field, so that copying a state for a beam costs one allocation.
    struct Node {
        var head = -1
        var label = -1
        var leftmost = -1
        var leftmost2 = -1
        var rightmost = -1
        var rightmost2 = -1
        var leftCount = 0
        var rightCount = 0
        var leftLabels: UInt64 = 0
        var rightLabels: UInt64 = 0
    }

    let count: Int
    var stack: [Int] = []
    var front = 0
    var nodes: [Node]

    /// A state over `count` words; index `count` is the root.
    init(count: Int) {
        self.count = count
        nodes = [Node](repeating: Node(), count: count + 1)
        stack.reserveCapacity(count)
    }

    var isTerminal: Bool { front == count && stack.isEmpty }
    var top: Int { stack.last ?? -1 }
    /// Each word's head (`-1` when it has none yet) and the root's.
    var heads: [Int] { nodes.map(\.head) }
    var labels: [Int] { nodes.map(\.label) }

    func isValid(_ move: Move) -> Bool {
        switch move {
        case .shift, .right:
            guard front < count else { return false }
            return move == .shift || !stack.isEmpty
        case .reduce:
            return !stack.isEmpty && nodes[stack[stack.count - 1]].head >= 0
        case .left:
            return !stack.isEmpty && nodes[stack[stack.count - 1]].head < 0
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
        nodes[dependent].head = head
        nodes[dependent].label = label
        let bit: UInt64 = 1 << UInt64(label & 63)
        if dependent < head {
            // Left dependents arrive nearest first, so the newest is the leftmost.
            nodes[head].leftmost2 = nodes[head].leftmost
            nodes[head].leftmost = dependent
            nodes[head].leftCount += 1
            nodes[head].leftLabels |= bit
        } else {
            nodes[head].rightmost2 = nodes[head].rightmost
            nodes[head].rightmost = dependent
            nodes[head].rightCount += 1
            nodes[head].rightLabels |= bit
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
                if gold[k] == b, nodes[k].head < 0 { cost += 1 }
                if gold[b] == k { cost += 1 }
            }
            return cost
        case .right:
            let s = stack[stack.count - 1]
            var cost = 0
            if gold[b] != s {
                if gold[b] > b { cost += 1 } else if stack.contains(gold[b]) { cost += 1 }
            }
            for k in stack where gold[k] == b && nodes[k].head < 0 { cost += 1 }
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
