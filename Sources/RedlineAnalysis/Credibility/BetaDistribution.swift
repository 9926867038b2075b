import Foundation

/// A Beta(α, β) distribution with its CDF (the regularized incomplete beta function, by Lentz's
/// continued fraction) and quantiles (by bisection on the CDF). No external packages.
///
/// ```swift
/// let beta = BetaDistribution(alpha: 3, beta: 2)
/// beta.mean                 // 0.6
/// beta.quantile(0.05)       // 0.2486...
/// ```
public struct BetaDistribution: Sendable, Hashable {
    public var alpha: Double
    public var beta: Double

    public init(alpha: Double, beta: Double) {
        precondition(alpha > 0 && beta > 0, "Beta parameters must be positive")
        self.alpha = alpha
        self.beta = beta
    }

    public var mean: Double { alpha / (alpha + beta) }

    /// P(X ≤ x): the regularized incomplete beta function I_x(α, β).
    public func cdf(_ x: Double) -> Double {
        if x <= 0 { return 0 }
        if x >= 1 { return 1 }
        let logFront = lgamma(alpha + beta) - lgamma(alpha) - lgamma(beta) + alpha * log(x) + beta * log1p(-x)
        let front = exp(logFront)
        // The continued fraction converges fast for x below the mean; use the symmetry above it.
        if x < (alpha + 1) / (alpha + beta + 2) {
            return front * BetaDistribution.continuedFraction(x, alpha, beta) / alpha
        }
        return 1 - front * BetaDistribution.continuedFraction(1 - x, beta, alpha) / beta
    }

    /// The x with P(X ≤ x) = p, to about 1e-12.
    public func quantile(_ p: Double) -> Double {
        if p <= 0 { return 0 }
        if p >= 1 { return 1 }
        var lo = 0.0, hi = 1.0
        for _ in 0..<100 {
            let mid = (lo + hi) / 2
            if cdf(mid) < p { lo = mid } else { hi = mid }
            if hi - lo < 1e-13 { break }
        }
        return (lo + hi) / 2
    }

    /// The continued fraction of I_x(a, b) (Numerical Recipes' betacf, modified Lentz).
    private static func continuedFraction(_ x: Double, _ a: Double, _ b: Double) -> Double {
        let tiny = 1e-300
        let qab = a + b, qap = a + 1, qam = a - 1
        var c = 1.0
        var d = 1 - qab * x / qap
        if abs(d) < tiny { d = tiny }
        d = 1 / d
        var h = d
        for m in 1...300 {
            let m = Double(m), m2 = 2 * m
            var aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            h *= d * c
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = 1 + aa * d
            if abs(d) < tiny { d = tiny }
            c = 1 + aa / c
            if abs(c) < tiny { c = tiny }
            d = 1 / d
            let delta = d * c
            h *= delta
            if abs(delta - 1) < 1e-15 { break }
        }
        return h
    }
}
