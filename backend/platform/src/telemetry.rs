//! Structured logs. What goes in them is decided where they are written: route patterns,
//! statuses, ids and error kinds, never names, contact details, free text or addresses.

use tracing_subscriber::EnvFilter;

/// `format` is `json` for collectors or anything else for people. The level comes from
/// `SPEAKUP_LOG` (e.g. `debug`), defaulting to `info`.
pub fn init(format: &str) {
    let filter = EnvFilter::try_from_env("SPEAKUP_LOG")
        .unwrap_or_else(|_| EnvFilter::new("info,actix_server=warn,actix_web=warn"));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_target(false);
    // A second init (tests) keeps the first subscriber.
    let _ = if format == "json" { builder.json().try_init() } else { builder.try_init() };
}
