//! A referral finished without a connection: it waits on the device, the person is told, and
//! it is sent by itself, once, when the connection returns (even if "online" fires twice), or
//! when the app next opens. On SQLite and PostgreSQL, in headless Chromium at 320 px.

use serde_json::{json, Value};
use speakup_e2e::{reach_check_page, Browser, Server};
use speakup_platform::db::Backend;

/// Every fetch fails as it does with no connection.
const GO_OFFLINE: &str = "window.realFetch = window.realFetch || window.fetch; window.fetch = () => Promise.reject(new TypeError('Failed to fetch')); return true;";
/// The server answering every referral "too busy" (503), as when slow hashing is at capacity.
const SERVER_BUSY: &str = "window.realFetch = window.realFetch || window.fetch; window.fetch = (resource, init) => { \
  const method = (init && init.method) || (resource && resource.method) || 'GET'; \
  const href = typeof resource === 'string' ? resource : resource.url; \
  if (method === 'POST' && href.includes('-referrals')) { \
    return Promise.resolve(new Response(JSON.stringify({type: 'busy', title: 'Busy', status: 503}), \
      {status: 503, headers: {'content-type': 'application/problem+json', 'retry-after': '5'}})); } \
  return window.realFetch(resource, init); }; return true;";
const COME_BACK: &str = "window.fetch = window.realFetch; window.dispatchEvent(new Event('online')); window.dispatchEvent(new Event('online')); return true;";

fn referrals_received(server: &Server) -> usize {
    server.log().lines().filter(|l| l.contains("referral received")).count()
}

async fn offline_referrals_are_sent_once_when_back_online(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    let browser = Browser::start(320, 640).await;

    // Back online while still on the page: the confirmation follows by itself.
    reach_check_page(&browser, &server, "Sam Offline").await;
    browser.script(GO_OFFLINE).await;
    browser.click("#submit-referral").await;
    browser.find("#send-waiting").await;
    browser.check_page(&format!("{tag}-outbox-waiting")).await;
    let kept = browser.script("return localStorage.getItem('speakup.outbox');").await;
    assert!(kept.as_str().is_some_and(|k| k.contains("Sam Offline")), "kept on the device: {kept}");
    assert_eq!(referrals_received(&server), 0);
    browser.script(COME_BACK).await;
    let reference = browser.text("#reference").await;
    assert!(reference.starts_with("SU-"), "{reference}");
    assert_eq!(browser.script("return localStorage.getItem('speakup.outbox');").await, Value::Null, "the outbox is empty");

    // Closed while offline: sent when the app next opens, and the person is told.
    reach_check_page(&browser, &server, "Alex Offline").await;
    browser.script(GO_OFFLINE).await;
    browser.click("#submit-referral").await;
    browser.find("#send-waiting").await;
    browser.goto(&server.url("/")).await;
    browser.find("#outbox-sent").await;
    browser.check_page(&format!("{tag}-outbox-sent")).await;
    browser.click("#outbox-sent a").await;
    assert!(browser.text("#reference").await.starts_with("SU-"));

    // Nothing waits any more, so nothing more can be sent. The server logs each referral
    // before it answers, so both lines are there once the reference is shown.
    assert_eq!(browser.script("return localStorage.getItem('speakup.outbox');").await, json!(null));
    assert_eq!(referrals_received(&server), 2, "each referral arrived exactly once");
    browser.close().await;
}

/// A referral the server is too busy to take is never lost: it waits on the device and goes
/// by itself later, and the person is told which of the two happened.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_referral_refused_for_load_waits_and_is_sent_later() {
    let server = Server::start(Backend::Sqlite, "outbox-busy").await;
    let browser = Browser::start(320, 640).await;
    reach_check_page(&browser, &server, "Sam Busy").await;
    browser.script(SERVER_BUSY).await;
    browser.click("#submit-referral").await;
    browser.wait_for_text("#send-waiting", "very busy").await;
    browser.check_page("outbox-busy-waiting").await;
    let kept = browser.script("return localStorage.getItem('speakup.outbox');").await;
    assert!(kept.as_str().is_some_and(|k| k.contains("Sam Busy")), "kept on the device: {kept}");
    assert_eq!(referrals_received(&server), 0);
    browser.script(COME_BACK).await;
    assert!(browser.text("#reference").await.starts_with("SU-"));
    assert_eq!(browser.script("return localStorage.getItem('speakup.outbox');").await, Value::Null, "the outbox is empty");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_referrals_are_sent_once_on_sqlite() {
    offline_referrals_are_sent_once_when_back_online(Backend::Sqlite, "outbox-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn offline_referrals_are_sent_once_on_postgres() {
    offline_referrals_are_sent_once_when_back_online(Backend::Postgres, "outbox-postgres").await;
}
