//! The PWA: files from the built `dist` folder, and `index.html` for every other path
//! so that deep links like `/track` or `/staff/referrals/…` open the app.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{fn_service, ServiceRequest, ServiceResponse};
use actix_web::http::header::{CacheControl, CacheDirective};
use actix_web::{web, HttpResponse};

pub fn configure(cfg: &mut web::ServiceConfig, dir: &Path) {
    let index = dir.join("index.html");
    if !index.exists() {
        // The API still works; say plainly what is missing instead of a bare 404.
        cfg.default_service(web::to(|| async {
            HttpResponse::ServiceUnavailable()
                .content_type("text/plain; charset=utf-8")
                .body("The SpeakUp app has not been built. Run `cargo xtask run`, which builds it first.")
        }));
        return;
    }
    cfg.service(
        Files::new("/", dir)
            .index_file("index.html")
            .use_etag(true)
            .default_handler(fn_service(move |req: ServiceRequest| spa_fallback(req, index.clone()))),
    );
}

async fn spa_fallback(req: ServiceRequest, index: PathBuf) -> Result<ServiceResponse, actix_web::Error> {
    let (req, _) = req.into_parts();
    let mut response = NamedFile::open_async(&index).await?.into_response(&req);
    // The shell must be re-checked so a new release reaches people at once.
    response.headers_mut().insert(
        actix_web::http::header::CACHE_CONTROL,
        CacheControl(vec![CacheDirective::NoCache]).to_string().parse().expect("valid header"),
    );
    Ok(ServiceResponse::new(req, response))
}
