//! Headless Chromium through chromedriver, sized like a phone.

use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;
use serde_json::{json, Value};

use crate::{artifacts_dir, free_port, required_env};

pub struct Browser {
    pub client: Client,
    driver: Child,
    /// Where this browser saves downloads, so a test can read what a page saved.
    downloads: PathBuf,
    profile: PathBuf,
}

/// WebDriver's codes for keys with no character of their own.
pub const TAB: &str = "\u{E004}";
pub const ENTER: &str = "\u{E007}";
pub const SPACE: &str = " ";
pub const ARROW_DOWN: &str = "\u{E015}";

/// The WCAG 2.x A and AA rules, including 2.2.
const AXE_TAGS: [&str; 6] = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

/// Those of the WCAG A and AA rules whose result a stylesheet can change on the same DOM.
const STYLE_RULES: [&str; 4] = ["color-contrast", "link-in-text-block", "target-size", "scrollable-region-focusable"];

impl Browser {
    /// A new headless Chromium at `width`×`height` CSS pixels with touch, like a phone.
    pub async fn start(width: u32, height: u32) -> Browser {
        let port = free_port();
        let driver = Command::new(required_env("SPEAKUP_E2E_CHROMEDRIVER"))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start chromedriver");
        let profile = std::env::temp_dir().join(format!("speakup-chromium-{port}"));
        let downloads = std::env::temp_dir().join(format!("speakup-downloads-{port}"));
        // A profile left by a browser that was killed keeps its lock, and Chromium exits at
        // once on a locked profile: start from none.
        let _ = std::fs::remove_dir_all(&profile);
        let _ = std::fs::remove_dir_all(&downloads);
        std::fs::create_dir_all(&downloads).expect("create the downloads folder");
        let mut capabilities = serde_json::Map::new();
        capabilities.insert(
            "goog:chromeOptions".into(),
            json!({
                "binary": required_env("SPEAKUP_E2E_CHROMIUM"),
                "args": [
                    "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-dev-shm-usage", format!("--user-data-dir={}", profile.display()),
                ],
                "mobileEmulation": {"deviceMetrics": {"width": width, "height": height, "pixelRatio": 2.0, "touch": true}},
                "prefs": {"download.default_directory": downloads.display().to_string(), "download.prompt_for_download": false},
            }),
        );
        let deadline = Instant::now() + Duration::from_secs(30);
        let client = loop {
            match ClientBuilder::new(HttpConnector::new())
                .capabilities(capabilities.clone())
                .connect(&format!("http://127.0.0.1:{port}"))
                .await
            {
                Ok(client) => break client,
                Err(error) if Instant::now() > deadline => panic!("could not start a browser session: {error}"),
                Err(_) => tokio::time::sleep(Duration::from_millis(250)).await,
            }
        };
        Browser { client, driver, downloads, profile }
    }

    /// Waits for the browser to finish downloading the file called `name`, and returns its text.
    pub async fn downloaded(&self, name: &str) -> String {
        let path = self.downloads.join(name);
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            // Chromium writes to `<name>.crdownload` and renames it when done.
            if let Ok(text) = std::fs::read_to_string(&path) {
                return text;
            }
            if Instant::now() > deadline {
                let found: Vec<_> = std::fs::read_dir(&self.downloads)
                    .map(|d| d.filter_map(|e| e.ok()).map(|e| e.file_name()).collect())
                    .unwrap_or_default();
                panic!("no download {name} after 15 s; the downloads folder holds {found:?}");
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Opens `url` and waits until the app has drawn it: until then the page is the HTML the
    /// server sent (exit control and, on the start page, its heading), which a test must not
    /// mistake for the app's page.
    pub async fn goto(&self, url: &str) {
        self.client.goto(url).await.expect("navigate");
        self.wait_until("document.getElementById('exit-bar-static') === null", "the app to start").await;
    }

    /// Sends a Chrome DevTools Protocol command (throttling, blocking requests, metrics).
    pub async fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.client
            .issue_cmd(DevTools { cmd: cmd.to_string(), params })
            .await
            .unwrap_or_else(|e| panic!("DevTools {cmd}: {e}"))
    }

    /// Waits for the element with this CSS selector and returns it.
    pub async fn find(&self, css: &str) -> fantoccini::elements::Element {
        match self.client.wait().at_most(Duration::from_secs(15)).for_element(Locator::Css(css)).await {
            Ok(element) => element,
            Err(error) => {
                self.screenshot("failure").await;
                panic!("no element `{css}` on {}: {error}", self.url().await)
            }
        }
    }

    pub async fn url(&self) -> String {
        self.client.current_url().await.map(|u| u.to_string()).unwrap_or_default()
    }

    pub async fn type_into(&self, css: &str, text: &str) {
        let field = self.find(css).await;
        field.clear().await.expect("clear");
        field.send_keys(text).await.expect("type");
    }

    /// Brings the element to the middle of the screen, as a person scrolls to what they tap
    /// (WebDriver alone would leave it at the very foot, under a question's Continue bar),
    /// then clicks it.
    pub async fn click(&self, css: &str) {
        let element = self.find(css).await;
        let reference = serde_json::to_value(&element).expect("an element reference");
        self.client
            .execute("arguments[0].scrollIntoView({ block: 'center' });", vec![reference])
            .await
            .unwrap_or_else(|e| panic!("scroll to `{css}`: {e}"));
        element.click().await.unwrap_or_else(|e| panic!("click `{css}`: {e}"));
    }

    pub async fn text(&self, css: &str) -> String {
        self.find(css).await.text().await.expect("read text")
    }

    /// Waits until the element's text contains `expected`.
    pub async fn wait_for_text(&self, css: &str, expected: &str) {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            // The page may replace the element between finding and reading it: read again.
            let text = self.find(css).await.text().await.unwrap_or_default();
            if text.contains(expected) {
                return;
            }
            assert!(Instant::now() < deadline, "`{css}` says {text:?}, expected {expected:?}");
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
    }

    /// Radios and checkboxes are styled, so click their labels as a person would.
    pub async fn choose(&self, id: &str) {
        self.click(&format!("label[for='{id}']")).await;
    }

    /// On a one-question page: checks the page, types the answer and continues.
    pub async fn answer(&self, field: &str, text: &str, page: &str) {
        self.find(&format!("#{field}")).await;
        self.check_page(page).await;
        self.type_into(&format!("#{field}"), text).await;
        self.click("#continue").await;
    }

    /// On a one-choice page: checks the page, chooses and continues.
    pub async fn choose_and_continue(&self, id: &str, page: &str) {
        self.find(&format!("label[for='{id}']")).await;
        self.check_page(page).await;
        self.choose(id).await;
        self.click("#continue").await;
    }

    /// Waits for a page whose `<h1>` contains `heading`.
    pub async fn wait_for_heading(&self, heading: &str) {
        self.wait_for_text("h1", heading).await;
    }

    /// Runs axe-core on the page and fails the test with every violation it finds; also fails
    /// when the page scrolls sideways. Then saves a screenshot.
    pub async fn check_page(&self, name: &str) {
        self.check_accessible(name).await;
        self.screenshot(name).await;
    }

    /// `check_page` without the screenshot, for pages checked many times over.
    pub async fn check_accessible(&self, name: &str) {
        self.check_with_rules(name, None).await;
    }

    /// As `check_accessible`, with only the WCAG rules whose result depends on the stylesheet
    /// (contrast, target sizes, what can scroll): for a page already checked in full whose
    /// display mode has since changed its classes alone, so its DOM is the same.
    pub async fn check_styles(&self, name: &str) {
        self.check_with_rules(name, Some(&STYLE_RULES)).await;
    }

    async fn check_with_rules(&self, name: &str, rules: Option<&[&str]>) {
        // axe-core stays in the page until it is loaded again: inject it once per load.
        if self.client.execute("return typeof axe === 'undefined';", vec![]).await.expect("look for axe-core") == Value::Bool(true) {
            self.client.execute(axe_core(), vec![]).await.expect("inject axe-core");
        }
        let script = r#"
            const done = arguments[arguments.length - 1];
            const only = arguments[1] === null ? { type: 'tag', values: arguments[0] } : { type: 'rule', values: arguments[1] };
            axe.run(document, { runOnly: only })
              .then(r => done(r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help,
                     nodes: v.nodes.map(n => n.target.join(' ')) }))))
              .catch(e => done([{ id: 'axe-error', help: String(e) }]));
        "#;
        let violations = self.client.execute_async(script, vec![json!(AXE_TAGS), json!(rules)]).await.expect("run axe-core");
        assert_eq!(violations, Value::Array(vec![]), "accessibility violations on {name} ({})", self.url().await);
        let overflow = self
            .client
            .execute("return document.documentElement.scrollWidth - document.documentElement.clientWidth;", vec![])
            .await
            .expect("measure width");
        if overflow.as_i64().unwrap_or(0) > 0 {
            // Name the culprits: elements reaching past the right edge, innermost first.
            let wide = self
                .client
                .execute(
                    "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]
                       .filter(e => e.getBoundingClientRect().right > w + 0.5)
                       .reverse().slice(0, 5).map(e => e.tagName + '#' + e.id + '.' + e.className + ' ' + (e.textContent || '').slice(0, 40));",
                    vec![],
                )
                .await
                .unwrap_or_default();
            self.screenshot(name).await;
            panic!("{name} scrolls sideways by {overflow} px; too wide: {wide}");
        }
    }

    /// Presses keys (WebDriver key codes, like `TAB`) on whatever has focus, as a keyboard would.
    pub async fn press(&self, keys: &str) {
        let focused = self.client.active_element().await.expect("something has focus");
        focused.send_keys(keys).await.expect("press keys");
    }

    /// Presses Tab until the element matching `css` has focus, as someone using only a keyboard
    /// moves through a page; fails if it is not reached within 60 presses.
    pub async fn tab_to(&self, css: &str) {
        self.find(css).await;
        let script = "return document.activeElement !== null && document.activeElement.matches(arguments[0]);";
        for _ in 0..60 {
            if self.client.execute(script, vec![json!(css)]).await.expect("read focus") == Value::Bool(true) {
                return;
            }
            self.press(TAB).await;
        }
        self.screenshot("failure").await;
        panic!("Tab never reached `{css}` on {}", self.url().await);
    }

    /// Presses the down arrow until `css` has focus: moving through a group of radios.
    pub async fn arrow_to(&self, css: &str) {
        let script = "return document.activeElement !== null && document.activeElement.matches(arguments[0]);";
        for _ in 0..12 {
            if self.client.execute(script, vec![json!(css)]).await.expect("read focus") == Value::Bool(true) {
                return;
            }
            self.press(ARROW_DOWN).await;
        }
        panic!("the arrow keys never reached `{css}` on {}", self.url().await);
    }

    pub async fn screenshot(&self, name: &str) {
        if let Ok(png) = self.client.screenshot().await {
            let _ = std::fs::write(artifacts_dir().join(format!("{name}.png")), png);
        }
    }

    /// Waits until the address is no longer `url`: the next page has opened.
    pub async fn wait_to_leave(&self, url: &str) {
        let here = serde_json::to_string(url).expect("an address as a JS string");
        self.wait_until(&format!("location.href !== {here}"), &format!("leaving {url}")).await;
    }

    /// Runs `code` in the page and returns what it returns.
    pub async fn script(&self, code: &str) -> Value {
        self.client.execute(code, vec![]).await.expect("run script")
    }

    /// Waits until the JavaScript expression `expression` (a value or a promise) is `true`.
    pub async fn wait_until(&self, expression: &str, what: &str) {
        let code = format!("const done = arguments[0]; Promise.resolve().then(() => {expression}).then(v => done(v === true), () => done(false));");
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if self.client.execute_async(&code, vec![]).await.expect("run script") == Value::Bool(true) {
                return;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
    }

    pub async fn close(self) {
        let _ = self.client.clone().close().await;
    }
}

/// axe-core's script, read once (the bench drives a browser without it).
fn axe_core() -> &'static str {
    static AXE: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    AXE.get_or_init(|| std::fs::read_to_string(required_env("SPEAKUP_E2E_AXE")).expect("read axe-core"))
}

/// chromedriver's passage to the DevTools protocol, which WebDriver itself lacks.
#[derive(Debug)]
struct DevTools {
    cmd: String,
    params: Value,
}

impl WebDriverCompatibleCommand for DevTools {
    fn endpoint(&self, base_url: &url::Url, session_id: Option<&str>) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/goog/cdp/execute", session_id.unwrap_or_default()))
    }

    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(json!({"cmd": self.cmd, "params": self.params}).to_string()))
    }
}

/// Also runs when a test panics, so no chromedriver outlives its test.
impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.driver.kill();
        let _ = self.driver.wait();
        let _ = std::fs::remove_dir_all(&self.downloads);
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}
