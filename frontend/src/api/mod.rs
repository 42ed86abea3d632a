//! Every call the app makes to the SpeakUp API: one module per service (`identity`,
//! `referrals`, `feedback`), and here what they share: the CSRF header, JSON in and out, the
//! proof of work for anonymous writes, and turning any failure into a `Problem` the pages
//! can show.

mod casework;
mod feedback;
mod identity;
mod issues;
mod referrals;

pub use casework::*;
pub use feedback::*;
pub use identity::*;
pub use issues::*;
pub use referrals::*;

use gloo::net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use speakup_types::problem::Problem;

use crate::i18n::t;

pub type ApiResult<T> = Result<T, Problem>;

fn problem(kind: &str, status: u16, title: &str) -> Problem {
    Problem { kind: kind.into(), title: title.into(), title_ref: None, status, detail: None, detail_ref: None, errors: Vec::new() }
}

fn network_problem() -> Problem {
    problem(
        "network",
        0,
        t("api-network"),
    )
}

/// Reads a failed response as a `Problem`; anything else (a proxy's HTML page) gets a plain message.
async fn read_problem(response: Response) -> Problem {
    let status = response.status();
    match response.json::<Problem>().await {
        // The server writes in English and says which messages it used: show them in the
        // person's language.
        Ok(mut p) => {
            p.status = status;
            p.in_wording(crate::i18n::wording())
        }
        Err(_) => problem(
            "unexpected",
            status,
            t("api-unexpected"),
        ),
    }
}

async fn send(request: Result<Request, gloo::net::Error>) -> ApiResult<Response> {
    let request = request.map_err(|_| network_problem())?;
    let response = request.send().await.map_err(|_| network_problem())?;
    if response.ok() {
        Ok(response)
    } else {
        Err(read_problem(response).await)
    }
}

async fn json<T: DeserializeOwned>(request: Result<Request, gloo::net::Error>) -> ApiResult<T> {
    let response = send(request).await?;
    response.json::<T>().await.map_err(|_| {
        problem("unexpected", response.status(), t("api-unreadable"))
    })
}

fn post<B: Serialize>(url: &str, body: &B, csrf: Option<&str>) -> Result<Request, gloo::net::Error> {
    let mut builder: RequestBuilder = Request::post(url).header("Accept", "application/json");
    if let Some(token) = csrf {
        builder = builder.header("X-CSRF-Token", token);
    }
    builder.json(body)
}

fn get(url: &str) -> Result<Request, gloo::net::Error> {
    Request::get(url).header("Accept", "application/json").build()
}

/// Tries this many counters between breaths, so the page stays responsive while it works.
const PROOF_SLICE: u64 = 20_000;

/// Sends an anonymous request to the service at `base` (`/api/referrals/v1`) with an
/// answered proof-of-work challenge: `request` builds it with the `X-Proof-Of-Work` value. If
/// the server wants a harder one (a flood began while this one was being answered), it answers
/// a fresh one, a few times at most.
async fn with_proof<T: DeserializeOwned>(base: &str, request: impl Fn(&str) -> Result<Request, gloo::net::Error>) -> ApiResult<T> {
    let mut refused = None;
    for _ in 0..3 {
        let answered = answered_challenge(base).await?;
        match json(request(&answered)).await {
            Err(problem) if problem.status == 428 => refused = Some(problem),
            answer => return answer,
        }
    }
    Err(refused.expect("three tries were made"))
}

/// A POST of `body` as JSON with the person's language, an answered challenge and any
/// `extra` headers.
fn anonymous_post<B: Serialize>(url: &str, body: &B, answered: &str, extra: &[(&str, &str)]) -> Result<Request, gloo::net::Error> {
    let builder = Request::post(url)
        .header("Accept", "application/json")
        .header("Content-Language", crate::i18n::language().code())
        .header(speakup_types::proof::HEADER, answered);
    extra.iter().fold(builder, |builder, (name, value)| builder.header(name, value)).json(body)
}

/// Fetches a proof-of-work challenge from the service at `base` and answers it, a slice at a
/// time (see `speakup_types::proof`).
async fn answered_challenge(base: &str) -> ApiResult<String> {
    use speakup_types::proof::{header_value, search, Challenge};
    let challenge: Challenge = json(get(&format!("{base}/challenge"))).await?;
    let mut from = 0;
    loop {
        if let Some(counter) = search(&challenge.challenge, challenge.bits, from, PROOF_SLICE) {
            return Ok(header_value(&challenge.challenge, counter));
        }
        from += PROOF_SLICE;
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
}
