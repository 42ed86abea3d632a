//! Every call the app makes to the SpeakUp API, in one place: URLs, the CSRF and
//! idempotency headers, and turning any failure into a `Problem` the pages can show.

use gloo::net::http::{Request, RequestBuilder, Response};
use serde::de::DeserializeOwned;
use serde::Serialize;
use speakup_types::identity::{
    AuthenticatorCode, AuthenticatorSetup, ChangePassword, ChangeRole, LoginRequest, NewStaffUser, OneTimePassword, RecoveryCodes,
    Role, SecondFactorChallenge, SecondFactorLogin, SecondFactorPolicy, SecondFactorStatus, SessionInfo, SetActive, StaffAccount,
    StaffAccountDetail, StaffUser, TurnOffSecondFactor,
};
use speakup_types::page::Page;
use speakup_types::problem::Problem;
use speakup_types::proof::{self, Challenge};
use speakup_types::referral::{
    LikelyDuplicate, LostCode, MergeRequest, NewCodeRequest, NewTrackingCode, OnBehalfReferral, ProfessionalReferral, QueueItem, ReferralDetail, SelfReferral,
    Submitted, TrackRequest, TrackedReferral, TriageDecision,
};
use uuid::Uuid;
use crate::i18n::t;

const IDENTITY: &str = "/api/identity/v1";
const REFERRALS: &str = "/api/referrals/v1";
pub const PER_PAGE: u32 = 20;

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

// Identity

/// What the password step of sign-in leads to.
pub enum SignIn {
    Done(SessionInfo),
    /// The account uses an authenticator: the code is asked for next, with this ticket.
    CodeNeeded(SecondFactorChallenge),
}

pub async fn login(body: &LoginRequest) -> ApiResult<SignIn> {
    let response = send(post(&format!("{IDENTITY}/login"), body, None)).await?;
    let unreadable = |_| problem("unexpected", response.status(), t("api-unreadable"));
    if response.status() == 202 {
        response.json().await.map(SignIn::CodeNeeded).map_err(unreadable)
    } else {
        response.json().await.map(SignIn::Done).map_err(unreadable)
    }
}

pub async fn login_second_factor(body: &SecondFactorLogin) -> ApiResult<SessionInfo> {
    json(post(&format!("{IDENTITY}/login/second-factor"), body, None)).await
}

pub async fn second_factor() -> ApiResult<SecondFactorStatus> {
    json(get(&format!("{IDENTITY}/second-factor"))).await
}

/// A new authenticator key to add to the app; not used until confirmed.
pub async fn start_second_factor(csrf: String) -> ApiResult<AuthenticatorSetup> {
    json(post(&format!("{IDENTITY}/second-factor/setup"), &serde_json::json!({}), Some(&csrf))).await
}

pub async fn confirm_second_factor(body: AuthenticatorCode, csrf: String) -> ApiResult<RecoveryCodes> {
    json(post(&format!("{IDENTITY}/second-factor/confirm"), &body, Some(&csrf))).await
}

pub async fn renew_recovery_codes(body: AuthenticatorCode, csrf: String) -> ApiResult<RecoveryCodes> {
    json(post(&format!("{IDENTITY}/second-factor/recovery-codes"), &body, Some(&csrf))).await
}

pub async fn turn_off_second_factor(body: TurnOffSecondFactor, csrf: String) -> ApiResult<()> {
    send(post(&format!("{IDENTITY}/second-factor/off"), &body, Some(&csrf))).await.map(|_| ())
}

/// The roles that must use a second factor (administrators only).
pub async fn second_factor_policy() -> ApiResult<SecondFactorPolicy> {
    json(get(&format!("{IDENTITY}/second-factor-policy"))).await
}

pub async fn set_second_factor_policy(body: SecondFactorPolicy, csrf: String) -> ApiResult<SecondFactorPolicy> {
    json(post(&format!("{IDENTITY}/second-factor-policy"), &body, Some(&csrf))).await
}

/// Removes an account's authenticator, for a lost phone (administrators only).
pub async fn reset_second_factor(id: Uuid, csrf: String) -> ApiResult<StaffAccount> {
    json(post(&format!("{IDENTITY}/users/{id}/second-factor-reset"), &serde_json::json!({}), Some(&csrf))).await
}

pub async fn session() -> ApiResult<SessionInfo> {
    json(get(&format!("{IDENTITY}/session"))).await
}

pub async fn logout(csrf: &str) -> ApiResult<()> {
    let request = Request::post(&format!("{IDENTITY}/logout")).header("X-CSRF-Token", csrf).build();
    send(request).await.map(|_| ())
}

pub async fn change_password(body: &ChangePassword, csrf: &str) -> ApiResult<()> {
    send(post(&format!("{IDENTITY}/password"), body, Some(csrf))).await.map(|_| ())
}

/// Every staff account (administrators only).
pub async fn users() -> ApiResult<Vec<StaffAccount>> {
    json(get(&format!("{IDENTITY}/users"))).await
}

/// One staff account and its history (administrators only).
pub async fn user(id: Uuid) -> ApiResult<StaffAccountDetail> {
    json(get(&format!("{IDENTITY}/users/{id}"))).await
}

/// Disables or re-enables an account; either way it is signed out everywhere.
pub async fn set_active(id: Uuid, active: bool, csrf: String) -> ApiResult<StaffAccount> {
    json(post(&format!("{IDENTITY}/users/{id}/active"), &SetActive { active }, Some(&csrf))).await
}

pub async fn change_role(id: Uuid, role: Role, csrf: String) -> ApiResult<StaffAccount> {
    json(post(&format!("{IDENTITY}/users/{id}/role"), &ChangeRole { role }, Some(&csrf))).await
}

/// A one-time password for the account, shown once.
pub async fn reset_password(id: Uuid, csrf: String) -> ApiResult<OneTimePassword> {
    json(post(&format!("{IDENTITY}/users/{id}/password-reset"), &serde_json::json!({}), Some(&csrf))).await
}

/// Adds a staff account with a first password they must change (administrators only).
pub async fn create_user(body: &NewStaffUser, csrf: &str) -> ApiResult<StaffUser> {
    json(post(&format!("{IDENTITY}/users"), body, Some(csrf))).await
}

// Referrals: public

/// Sends a referral to `/api/referrals/v1/<route>` with its idempotency key, and the language
/// the person is using, which their status texts and letters will use.
/// Tries this many counters between breaths, so the page stays responsive while it works.
const PROOF_SLICE: u64 = 20_000;

/// Fetches a proof-of-work challenge and answers it, a slice at a time (see `speakup_types::proof`).
async fn answered_challenge() -> ApiResult<String> {
    let challenge: Challenge = json(get(&format!("{REFERRALS}/challenge"))).await?;
    let mut from = 0;
    loop {
        if let Some(counter) = proof::search(&challenge.challenge, challenge.bits, from, PROOF_SLICE) {
            return Ok(proof::header_value(&challenge.challenge, counter));
        }
        from += PROOF_SLICE;
        gloo::timers::future::TimeoutFuture::new(0).await;
    }
}

/// Sends a referral with an answered challenge. If the server wants a harder one (a flood
/// began while this one was being answered), it answers a fresh one, a few times at most.
async fn submit<B: Serialize>(route: &str, body: &B, idempotency_key: Uuid) -> ApiResult<Submitted> {
    let mut refused = None;
    for _ in 0..3 {
        let answered = answered_challenge().await?;
        let request = Request::post(&format!("{REFERRALS}/{route}"))
            .header("Accept", "application/json")
            .header("Content-Language", crate::i18n::language().code())
            .header("Idempotency-Key", &idempotency_key.to_string())
            .header(proof::HEADER, &answered)
            .json(body);
        match json(request).await {
            Err(problem) if problem.status == 428 => refused = Some(problem),
            answer => return answer,
        }
    }
    Err(refused.expect("three tries were made"))
}

/// Sends a self-referral. A retry with the same key returns the first answer, never a second referral.
pub async fn submit_referral(body: &SelfReferral, idempotency_key: Uuid) -> ApiResult<Submitted> {
    submit("self-referrals", body, idempotency_key).await
}

/// Sends a referral made for someone else by their carer, relative or friend; retried like a self-referral.
pub async fn submit_on_behalf(body: &OnBehalfReferral, idempotency_key: Uuid) -> ApiResult<Submitted> {
    submit("on-behalf-referrals", body, idempotency_key).await
}

/// Sends a professional's referral; retried like a self-referral.
pub async fn submit_professional(body: &ProfessionalReferral, idempotency_key: Uuid) -> ApiResult<Submitted> {
    submit("professional-referrals", body, idempotency_key).await
}

pub async fn track(body: &TrackRequest) -> ApiResult<TrackedReferral> {
    json(post(&format!("{REFERRALS}/track"), body, None)).await
}

/// "I lost my code". The server answers the same whether or not a referral matched.
pub async fn lost_code(body: &LostCode) -> ApiResult<()> {
    send(post(&format!("{REFERRALS}/lost-code"), body, None)).await.map(|_| ())
}

// Referrals: staff

pub async fn queue(page: u32) -> ApiResult<Page<QueueItem>> {
    json(get(&format!("{REFERRALS}/referrals?page={page}&per_page={PER_PAGE}"))).await
}

pub async fn referral(id: Uuid) -> ApiResult<ReferralDetail> {
    json(get(&format!("{REFERRALS}/referrals/{id}"))).await
}

pub async fn decide(id: Uuid, body: &TriageDecision, csrf: &str) -> ApiResult<ReferralDetail> {
    json(post(&format!("{REFERRALS}/referrals/{id}/decision"), body, Some(csrf))).await
}

/// Other referrals that may be about the same person, with the reasons.
pub async fn duplicates(id: Uuid) -> ApiResult<Vec<LikelyDuplicate>> {
    json(get(&format!("{REFERRALS}/referrals/{id}/duplicates"))).await
}

/// Joins referral `id` into `body.into`; answers with referral `id` as it now is.
pub async fn merge(id: Uuid, body: &MergeRequest, csrf: &str) -> ApiResult<ReferralDetail> {
    json(post(&format!("{REFERRALS}/referrals/{id}/merge"), body, Some(csrf))).await
}

/// A new tracking code for a person who lost theirs: shown once, never stored in the clear.
/// A new tracking code; `reason` is needed when the person did not ask through "I lost my code".
pub async fn new_code(id: Uuid, reason: Option<String>, csrf: &str) -> ApiResult<NewTrackingCode> {
    json(post(&format!("{REFERRALS}/referrals/{id}/new-code"), &NewCodeRequest { reason }, Some(csrf))).await
}
