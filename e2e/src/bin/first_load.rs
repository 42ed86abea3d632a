//! `cargo xtask bench` runs this: the start page's first load on a cheap phone, in headless
//! Chromium throttled to 400 kbit/s each way with a 400 ms round trip and a CPU four times
//! slower, with nothing cached. Prints when the first words were painted, when the app was
//! ready to answer (`speakup-ready`, marked by `frontend/src/main.rs` once the page is drawn)
//! and what went over the wire. Figures, not a test: a busy machine changes them.

use serde_json::json;
use speakup_e2e::{Browser, Server};
use speakup_platform::db::Backend;

const RUNS: usize = 3;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let server = Server::start(Backend::Sqlite, "bench-first-load").await;
    println!("\nthe start page on a cheap phone (400 kbit/s, 400 ms round trip, 4x slower CPU, cold cache)");
    println!("{:>4} {:>18} {:>18} {:>14}", "run", "first paint ms", "ready ms", "on the wire KB");
    let mut worst = (0.0_f64, 0.0_f64);
    for run in 1..=RUNS {
        // A new browser each time: a fresh profile has no cache and no service worker.
        let browser = Browser::start(375, 667).await;
        browser.cdp("Network.enable", json!({})).await;
        browser.cdp("Network.setCacheDisabled", json!({"cacheDisabled": true})).await;
        browser
            .cdp(
                "Network.emulateNetworkConditions",
                json!({"offline": false, "latency": 400, "downloadThroughput": 50_000, "uploadThroughput": 50_000}),
            )
            .await;
        browser.cdp("Emulation.setCPUThrottlingRate", json!({"rate": 4})).await;
        browser.client.goto(&server.url("/")).await.expect("open the start page");
        browser.wait_until("performance.getEntriesByName('speakup-ready').length > 0", "the app to be ready").await;
        let figures = browser
            .script(
                "const paint = performance.getEntriesByName('first-contentful-paint')[0];
                 const ready = performance.getEntriesByName('speakup-ready')[0];
                 const bytes = performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
                   .filter(e => e.startTime <= ready.startTime).reduce((sum, e) => sum + e.transferSize, 0);
                 return [paint ? paint.startTime : -1, ready.startTime, bytes];",
            )
            .await;
        let number = |i: usize| figures[i].as_f64().unwrap_or(-1.0);
        println!("{run:>4} {:>18.0} {:>18.0} {:>14.1}", number(0), number(1), number(2) / 1024.0);
        worst = (worst.0.max(number(0)), worst.1.max(number(1)));
        browser.close().await;
    }
    let verdict = |used: f64, budget: f64| if used <= budget { "within" } else { "OVER" };
    println!("slowest first paint {:.0} ms ({} the 2,500 ms budget)", worst.0, verdict(worst.0, 2500.0));
    println!("slowest ready {:.0} ms ({} the 5,000 ms budget)", worst.1, verdict(worst.1, 5000.0));
}
