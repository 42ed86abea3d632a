//! The entitlement engine over HTTP: facts in, indicated result out, nothing stored.

use actix_web::HttpResponse;
use speakup_platform::extract::Valid;
use speakup_types::entitlement::{self, Facts};

pub async fn assess(facts: Valid<Facts>) -> HttpResponse {
    HttpResponse::Ok().insert_header(("Cache-Control", "no-store")).json(entitlement::assess(&facts.into_inner()))
}
