//! The HTTP server every service runs in: security headers, request logs without IP
//! addresses, problem JSON for malformed paths and queries, health checks, graceful shutdown.

use std::net::TcpListener;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{Server, ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::{from_fn, Compress, DefaultHeaders, Next};
use actix_web::{web, App, HttpResponse, HttpServer};

use crate::db::Database;
use crate::ApiError;

/// Strict by design: the PWA is one origin, no inline script or style, and wasm needs
/// only `'wasm-unsafe-eval'` (never `'unsafe-eval'`).
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; \
style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; \
worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

pub fn security_headers(behind_tls: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add((header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY))
        .add((header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .add((header::X_FRAME_OPTIONS, "DENY"))
        .add((header::REFERRER_POLICY, "no-referrer"))
        .add(("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"))
        .add(("Cross-Origin-Opener-Policy", "same-origin"))
        .add(("Cross-Origin-Resource-Policy", "same-origin"));
    if behind_tls {
        headers.add((header::STRICT_TRANSPORT_SECURITY, "max-age=63072000; includeSubDomains"))
    } else {
        headers
    }
}

/// Route patterns (`/api/feedback/v1/feedback`) whose requests are never logged at all, put in
/// a service's app data: for anonymous routes where even the time of a request could help
/// work out who sent it.
#[derive(Debug, Clone, Copy)]
pub struct Unlogged(pub &'static [&'static str]);

/// Logs method, route pattern (never the raw path, which may hold a reference), status
/// and duration. Nothing about the client: no address, no user agent.
async fn log_request(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let response = next.call(req).await?;
    let route = response.request().match_pattern().unwrap_or_else(|| "(static)".into());
    if response.request().app_data::<Unlogged>().is_some_and(|Unlogged(routes)| routes.contains(&route.as_str())) {
        return Ok(response);
    }
    tracing::info!(
        method = %method,
        route = %route,
        status = response.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    Ok(response)
}

/// 200 with `body` as JSON that no cache may keep: answers about people and their work.
pub fn no_store(body: impl serde::Serialize) -> HttpResponse {
    HttpResponse::Ok().insert_header((header::CACHE_CONTROL, "no-store")).json(body)
}

/// Problem JSON instead of actix's plain-text errors for bad paths and queries.
pub fn problem_defaults(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::PathConfig::default().error_handler(|_, _| {
        ApiError::NotFound("error-page-not-found").into()
    }))
    .app_data(web::QueryConfig::default().error_handler(|error, _| {
        ApiError::BadRequest(format!("The address has a value we cannot use ({error})")).into()
    }));
}

/// `<prefix>/health/live` (the process answers) and `<prefix>/health/ready` (its database does).
pub fn health(prefix: &str, databases: Vec<Database>) -> actix_web::Scope {
    web::scope(&format!("{prefix}/health"))
        .app_data(web::Data::new(databases))
        .route("/live", web::get().to(|| async { HttpResponse::Ok().json(serde_json::json!({"status": "live"})) }))
        .route("/ready", web::get().to(ready))
}

async fn ready(databases: web::Data<Vec<Database>>) -> Result<HttpResponse, ApiError> {
    for database in databases.iter() {
        database.ping().await?;
    }
    Ok(HttpResponse::Ok().json(serde_json::json!({"status": "ready"})))
}

/// Unknown `/api/...` routes get a problem, not an HTML page.
pub async fn api_not_found() -> HttpResponse {
    use actix_web::ResponseError;
    ApiError::NotFound("error-nothing-here").error_response()
}

/// Starts a hardened server on `listener` with the routes `configure` adds.
/// SIGTERM and Ctrl-C stop accepting, let requests in flight finish (up to 30 s), then exit.
pub fn serve<F>(listener: TcpListener, behind_tls: bool, configure: F) -> std::io::Result<Server>
where
    F: Fn(&mut web::ServiceConfig) + Send + Clone + 'static,
{
    let server = HttpServer::new(move || {
        App::new()
            .wrap(Compress::default())
            .wrap(security_headers(behind_tls))
            .wrap(from_fn(log_request))
            .configure(problem_defaults)
            .configure(configure.clone())
    })
    .shutdown_timeout(30)
    // Small responses go out at once: without it a body written in pieces waits on Nagle's
    // algorithm and the client's delayed ACK, about 40 ms a file on one keep-alive connection.
    .tcp_nodelay(true)
    .listen(listener)?
    .run();
    Ok(server)
}

/// Mounts one service: `/api/<name>/health/…` and its routes under `/api/<name>/v1`, with
/// its state and what every `Staff` extractor needs to check a session. The returned closure is
/// cheap to clone for each server worker.
pub fn mount<S: Send + Sync + 'static>(
    name: &'static str,
    db: Database,
    auth: crate::auth::StaffAuth,
    state: S,
    routes: fn(&mut web::ServiceConfig),
) -> impl Fn(&mut web::ServiceConfig) + Send + Clone + 'static {
    let auth = web::Data::new(auth);
    let state = web::Data::new(state);
    move |cfg: &mut web::ServiceConfig| {
        cfg.service(health(&format!("/api/{name}"), vec![db.clone()]));
        cfg.service(
            web::scope(&format!("/api/{name}/v1")).app_data(state.clone()).app_data(auth.clone()).configure(routes),
        );
    }
}
