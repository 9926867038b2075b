import Hummingbird

/// Times every request and counts it by its route pattern (not its path, so ids do not make
/// new series) and status.
struct MetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let metrics: Metrics

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let response = try await next(request, context)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        metrics.record(route: context.endpointPath ?? "unmatched", method: request.method.rawValue,
                       status: response.status.code, seconds: seconds)
        return response
    }
}
