//! The PWA: the built `dist` folder, read into memory once at start. `/` is the start page
//! (`index.html`, which carries the page's words before the app arrives, and the front
//! bundle), the staff console's pages get `staff.html` (the staff bundle) and every other page
//! of the app `app.html` (the public bundle), so that deep links like `/track` or
//! `/staff/referrals/…` open the right part of the app.
//!
//! `cargo xtask frontend` names each asset after its contents (`style.<hash>.css`) and writes
//! brotli and gzip copies beside it (`.br`, `.gz`). Here a hashed name is cached for a year and
//! never re-checked (a new release has new names), the shell is re-checked on every visit so a
//! release reaches people at once, and each file goes out as the smallest copy the browser
//! accepts. Nothing touches the disk per request, so a path can never reach outside `dist`.

use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::io;
use std::path::Path;
use std::sync::Arc;

use actix_web::http::header::{self, HeaderValue};
use actix_web::http::{Method, StatusCode};
use actix_web::web::{self, Bytes};
use actix_web::{HttpRequest, HttpResponse};

const START: &str = "/index.html";
const SHELL: &str = "/app.html";
const STAFF_SHELL: &str = "/staff.html";
const OVERSIGHT_SHELL: &str = "/oversight.html";
const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// One file, with the compressed copies the build made of it.
struct Asset {
    plain: Bytes,
    brotli: Option<Bytes>,
    gzip: Option<Bytes>,
    content_type: &'static str,
    cache_control: &'static str,
    etag: HeaderValue,
}

/// Every file of the built app, by the path it is served at.
#[derive(Default)]
pub struct Assets {
    files: HashMap<String, Asset>,
}

impl Assets {
    /// Reads `dir` (and its subfolders). A missing folder is no error: the API still runs and
    /// every page says the app has not been built.
    pub fn load(dir: &Path) -> io::Result<Arc<Assets>> {
        let mut assets = Assets::default();
        if dir.is_dir() {
            assets.read_dir(dir, "")?;
        }
        Ok(Arc::new(assets))
    }

    fn read_dir(&mut self, dir: &Path, prefix: &str) -> io::Result<()> {
        for entry in std::fs::read_dir(dir)? {
            let entry = entry?;
            let name = entry.file_name().to_string_lossy().into_owned();
            let path = entry.path();
            if path.is_dir() {
                self.read_dir(&path, &format!("{prefix}/{name}"))?;
            } else if !name.ends_with(".br") && !name.ends_with(".gz") {
                let sibling = |ext: &str| std::fs::read(dir.join(format!("{name}.{ext}"))).ok().map(Bytes::from);
                let plain = Bytes::from(std::fs::read(&path)?);
                let asset = Asset {
                    etag: etag(&plain),
                    brotli: sibling("br"),
                    gzip: sibling("gz"),
                    content_type: content_type(&name),
                    cache_control: if is_fingerprinted(&name) { IMMUTABLE } else { REVALIDATE },
                    plain,
                };
                self.files.insert(format!("{prefix}/{name}"), asset);
            }
        }
        Ok(())
    }

    fn find(&self, path: &str) -> Option<&Asset> {
        if let Some(asset) = self.files.get(path) {
            return Some(asset);
        }
        // A page of the app (no file extension) gets the shell; a missing file is a 404.
        let last = path.rsplit('/').next().unwrap_or_default();
        match path {
            "/" => self.files.get(START),
            _ if speakup_types::console::is_oversight(path) => self.files.get(OVERSIGHT_SHELL),
            _ if path == "/staff" || path.starts_with("/staff/") => self.files.get(STAFF_SHELL),
            _ if !last.contains('.') => self.files.get(SHELL),
            _ => None,
        }
    }
}

pub fn configure(cfg: &mut web::ServiceConfig, assets: Arc<Assets>) {
    cfg.app_data(web::Data::from(assets)).default_service(web::to(serve));
}

async fn serve(request: HttpRequest, assets: web::Data<Assets>) -> HttpResponse {
    if !matches!(*request.method(), Method::GET | Method::HEAD) {
        return HttpResponse::MethodNotAllowed().insert_header((header::ALLOW, "GET, HEAD")).finish();
    }
    if !assets.files.contains_key(START) {
        // The API still works; say plainly what is missing instead of a bare 404.
        return HttpResponse::ServiceUnavailable()
            .content_type("text/plain; charset=utf-8")
            .body("The SpeakUp app has not been built. Run `cargo xtask run`, which builds it first.");
    }
    let Some(asset) = assets.find(request.path()) else {
        return HttpResponse::NotFound().content_type("text/plain; charset=utf-8").body("Not found");
    };
    let mut response = HttpResponse::build(StatusCode::OK);
    response
        .insert_header((header::CACHE_CONTROL, asset.cache_control))
        .insert_header((header::ETAG, asset.etag.clone()));
    if asset.brotli.is_some() || asset.gzip.is_some() {
        response.insert_header((header::VARY, "Accept-Encoding"));
    }
    let fresh = request.headers().get(header::IF_NONE_MATCH).is_some_and(|tags| matches_etag(tags, &asset.etag));
    if fresh {
        return response.status(StatusCode::NOT_MODIFIED).finish();
    }
    let accepted = Accepted::from(&request);
    // Naming the encoding, identity too, keeps the compression middleware from redoing the work
    // on every request (or squeezing a PNG for nothing).
    let (encoding, body) = match (&asset.brotli, &asset.gzip) {
        (Some(brotli), _) if accepted.brotli => ("br", brotli.clone()),
        (_, Some(gzip)) if accepted.gzip => ("gzip", gzip.clone()),
        _ => ("identity", asset.plain.clone()),
    };
    response
        .insert_header((header::CONTENT_ENCODING, encoding))
        .content_type(asset.content_type)
        .body(body)
}

/// The encodings the browser takes (`q=0` means "not this one").
struct Accepted {
    brotli: bool,
    gzip: bool,
}

impl From<&HttpRequest> for Accepted {
    fn from(request: &HttpRequest) -> Self {
        let header = request.headers().get(header::ACCEPT_ENCODING).and_then(|v| v.to_str().ok()).unwrap_or_default();
        let takes = |wanted: &str| {
            header.split(',').any(|part| {
                let mut pieces = part.split(';').map(str::trim);
                let name = pieces.next().unwrap_or_default();
                let refused = pieces.any(|p| p.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()) == Some(0.0));
                name.eq_ignore_ascii_case(wanted) && !refused
            })
        };
        Accepted { brotli: takes("br"), gzip: takes("gzip") }
    }
}

fn matches_etag(tags: &HeaderValue, etag: &HeaderValue) -> bool {
    let Ok(tags) = tags.to_str() else { return false };
    let etag = etag.to_str().unwrap_or_default();
    tags.split(',').map(str::trim).any(|tag| tag == "*" || tag.trim_start_matches("W/") == etag)
}

fn etag(contents: &[u8]) -> HeaderValue {
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    contents.hash(&mut hasher);
    HeaderValue::from_str(&format!("\"{:016x}\"", hasher.finish())).expect("hex is a valid header value")
}

/// `name.<16 hex digits>.ext`, as `xtask frontend` names what it fingerprints.
fn is_fingerprinted(name: &str) -> bool {
    let mut parts = name.rsplit('.');
    let _ext = parts.next();
    parts.next().is_some_and(|hash| hash.len() == 16 && hash.bytes().all(|b| b.is_ascii_hexdigit())) && parts.next().is_some()
}

fn content_type(name: &str) -> &'static str {
    match name.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "wasm" => "application/wasm",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "webmanifest" => "application/manifest+json",
        "json" => "application/json",
        "ftl" | "txt" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fingerprinted_names_are_recognised() {
        assert!(is_fingerprinted("style.0123456789abcdef.css"));
        assert!(is_fingerprinted("speakup_bg.0123456789abcdef.wasm"));
        assert!(!is_fingerprinted("style.css"));
        assert!(!is_fingerprinted("0123456789abcdef.css"));
        assert!(!is_fingerprinted("style.0123456789abcdeg.css"));
        assert!(!is_fingerprinted("sw.js"));
    }

    #[test]
    fn etags_match_lists_and_weak_forms() {
        let tag = etag(b"hello");
        let same = tag.to_str().unwrap().to_string();
        assert!(matches_etag(&HeaderValue::from_str(&same).unwrap(), &tag));
        assert!(matches_etag(&HeaderValue::from_str(&format!("\"other\", W/{same}")).unwrap(), &tag));
        assert!(matches_etag(&HeaderValue::from_static("*"), &tag));
        assert!(!matches_etag(&HeaderValue::from_static("\"other\""), &tag));
    }
}
