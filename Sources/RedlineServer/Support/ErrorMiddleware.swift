import Hummingbird
import RedlineStore

/// Turns every error into a JSON answer with a clear message: the server's own refusals with
/// their status, Hummingbird's (unknown route, bad method) likewise, anything else as a 500
/// that names no internals.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as SignInRequired {
            return error.response
        } catch let error as ServerError {
            return JSONBody.error(error.status, error.message)
        } catch let error as HTTPError {
            // A path of the API asked with a method it does not take: 405, saying which it takes.
            if error.status == .notFound || error.status == .methodNotAllowed,
               let allowed = OpenAPIDocument.allowedMethods(request.uri.path), !allowed.contains(request.method.rawValue) {
                var response = JSONBody.error(.methodNotAllowed, "\(request.method.rawValue) is not allowed on \(request.uri.path); use "
                    + allowed.joined(separator: " or "))
                response.headers[.allow] = allowed.joined(separator: ", ")
                return response
            }
            let message: String
            switch error.status {
            case .notFound: message = "no such route: \(request.method.rawValue) \(request.uri.path); see /openapi.json"
            case .methodNotAllowed: message = "\(request.method.rawValue) is not allowed on \(request.uri.path)"
            case .contentTooLarge: message = "the request body is too large"
            default: message = error.body ?? error.status.reasonPhrase
            }
            return JSONBody.error(error.status, message)
        } catch let error as StoreError {
            context.logger.error("store error: \(error)")
            return JSONBody.error(.serviceUnavailable, "the store could not be read or written; try again later")
        } catch {
            context.logger.error("unexpected error: \(String(describing: type(of: error)))")
            return JSONBody.error(.internalServerError, "internal error")
        }
    }
}
