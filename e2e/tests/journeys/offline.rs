//! The installable, offline PWA, checked the way an audit tool would: the manifest has what
//! browsers need to install the app (name, start URL, standalone display, 192 and 512 px
//! PNG icons that exist), the service worker takes control of the page, and once the server
//! has stopped the public pages still open from the device. Browser behaviour only, so one
//! database is enough.

use serde_json::Value;
use speakup_e2e::{Browser, Server};
use speakup_platform::db::Backend;

/// Width and height from a PNG's IHDR chunk.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert!(bytes.starts_with(b"\x89PNG\r\n\x1a\n"), "not a PNG");
    let read = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (read(16), read(20))
}

async fn manifest_is_installable(server: &Server) {
    let client = reqwest::Client::new();
    let response = client.get(server.url("/manifest.webmanifest")).send().await.unwrap();
    assert_eq!(response.status(), 200);
    let kind = response.headers()["content-type"].to_str().unwrap().to_string();
    assert!(kind.contains("manifest+json") || kind.contains("json"), "manifest served as {kind}");
    let manifest: Value = response.json().await.unwrap();
    assert!(!manifest["name"].as_str().unwrap_or_default().is_empty());
    assert!(!manifest["short_name"].as_str().unwrap_or_default().is_empty());
    assert_eq!(manifest["start_url"], "/");
    assert_eq!(manifest["display"], "standalone");
    for wanted in [192, 512] {
        let icon = manifest["icons"]
            .as_array()
            .unwrap()
            .iter()
            .find(|i| i["type"] == "image/png" && i["sizes"] == format!("{wanted}x{wanted}"))
            .unwrap_or_else(|| panic!("no {wanted} px PNG icon in {manifest}"));
        let bytes = client.get(server.url(icon["src"].as_str().unwrap())).send().await.unwrap().bytes().await.unwrap();
        assert_eq!(png_size(&bytes), (wanted, wanted), "the {wanted} px icon file");
    }
    let worker = client.get(server.url("/sw.js")).send().await.unwrap().text().await.unwrap();
    assert!(!worker.contains("__SPEAKUP_BUILD__"), "the service worker's cache is named after the build");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_public_pages_open_offline_once_visited() {
    let server = Server::start(Backend::Sqlite, "offline").await;
    manifest_is_installable(&server).await;
    let base = server.url("");

    let browser = Browser::start(375, 667).await;
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    let scope = browser
        .client
        .execute_async("const done = arguments[0]; navigator.serviceWorker.ready.then(r => done(r.scope));", vec![])
        .await
        .expect("service worker ready");
    assert_eq!(scope.as_str(), Some(format!("{base}/").as_str()));
    // The first visit installs the worker; from the next load it answers for the page.
    browser.goto(&server.url("/")).await;
    browser.wait_until("navigator.serviceWorker.controller !== null", "the service worker to control the page").await;

    drop(server);
    for (path, heading) in [("/refer/who", "Who needs an advocate?"), ("/track", "Track")] {
        browser.goto(&format!("{base}{path}")).await;
        browser.wait_for_heading(heading).await;
        browser.check_page(&format!("offline{}", path.replace('/', "-"))).await;
    }
    browser.goto(&format!("{base}/offline.html")).await;
    browser.wait_for_heading("You are offline").await;
    browser.check_page("offline-page").await;
    browser.close().await;
}
