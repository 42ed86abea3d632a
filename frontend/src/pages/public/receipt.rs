//! The receipt after a referral is sent, in Easy Read: one short idea per line, a picture
//! beside each, large text. It holds the reference and the tracking code (the only place the
//! page shows them), prints on one page, and can be saved as a small HTML file that works
//! without SpeakUp (a Blob downloaded through a link, which the CSP allows as it is).

use speakup_types::referral::Submitted;
use yew::prelude::*;

use crate::pictures::Picture;
use crate::components::tracking_code::spaced_words;
use crate::dom;
use crate::i18n::{language, t, tf};

/// What a point shows after its words, if anything.
#[derive(Clone, Copy, PartialEq)]
enum Value {
    Reference,
    Code,
}

struct Point {
    picture: Picture,
    lines: Vec<String>,
    value: Option<Value>,
}

fn point(picture: Picture, lines: &[&str]) -> Point {
    Point { picture, lines: lines.iter().map(|l| l.to_string()).collect(), value: None }
}

/// The receipt's words, the same on screen, on paper and in the saved file.
fn points(track_at: &str) -> Vec<Point> {
    let go_to = tf("receipt-go-to", &[("address", track_at)]);
    let lost = tf("receipt-lost-go-to", &[("address", track_at), ("link", t("track-lost-code-link"))]);
    vec![
        point(Picture::Tick, &[t("receipt-have")]),
        Point { value: Some(Value::Reference), ..point(Picture::Label, &[t("receipt-reference")]) },
        Point { value: Some(Value::Code), ..point(Picture::Key, &[t("receipt-code")]) },
        point(Picture::Search, &[t("receipt-need-both"), &go_to]),
        point(Picture::Lock, &[t("receipt-keep-safe"), t("receipt-shown-once")]),
        point(Picture::Talk, &[t("receipt-team-reads"), t("receipt-contact")]),
        point(Picture::Question, &[t("receipt-lost"), &lost]),
    ]
}

/// The address people go to, to check on a referral.
fn track_address() -> String {
    let origin = gloo::utils::window().location().origin().unwrap_or_default();
    format!("{origin}/track")
}

fn file_name(reference: &str) -> String {
    let safe: String = reference.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
    format!("speakup-receipt-{safe}.html")
}

#[derive(Properties, PartialEq)]
pub struct ReceiptProps {
    pub sent: Submitted,
}

#[derive(Clone, PartialEq)]
enum Saved {
    Not,
    As(String),
    Failed,
}

#[component]
pub fn Receipt(props: &ReceiptProps) -> Html {
    let saved = use_state(|| Saved::Not);
    let track_at = track_address();
    let save = {
        let (saved, sent, track_at) = (saved.clone(), props.sent.clone(), track_at.clone());
        Callback::from(move |_: MouseEvent| {
            let name = file_name(&sent.reference);
            let file = saved_file(&sent, &track_at);
            saved.set(match dom::save_file(&name, "text/html;charset=utf-8", &file) {
                Ok(()) => Saved::As(name),
                Err(_) => Saved::Failed,
            });
        })
    };
    let print = Callback::from(|_: MouseEvent| dom::print());
    let sent = &props.sent;
    html! {
        <section class="receipt" aria-labelledby="receipt-title">
            <h2 class="heading-l" id="receipt-title">{ t("receipt-heading") }</h2>
            <ul class="easy-read">
                { for points(&track_at).into_iter().map(|p| html! {
                    <li class="easy-read-point">
                        <span class="easy-read-picture">{ p.picture.html() }</span>
                        <div class="easy-read-words">
                            { for p.lines.into_iter().map(|line| html! { <p class="easy-read-line">{ line }</p> }) }
                            { match p.value {
                                Some(Value::Reference) => html! {
                                    <p class="easy-read-line"><strong id="reference" class="code">{ sent.reference.clone() }</strong></p>
                                },
                                Some(Value::Code) => html! {
                                    <p class="easy-read-line"><strong id="tracking-code" class="code code-large code-words">
                                        { spaced_words(&sent.tracking_code) }
                                    </strong></p>
                                },
                                None => html! {},
                            } }
                        </div>
                    </li>
                }) }
            </ul>
            <div class="receipt-actions no-print">
                <button type="button" id="print" class="button button-secondary" onclick={print}>{ t("receipt-print") }</button>
                <button type="button" id="save-receipt" class="button button-secondary" onclick={save}>{ t("receipt-save") }</button>
            </div>
            <div role="status" class="notice-region no-print">
                { match &*saved {
                    Saved::Not => html! {},
                    Saved::As(name) => html! {
                        <p class="body" id="receipt-saved">{ tf("receipt-saving", &[("name", name.as_str())]) }</p>
                    },
                    Saved::Failed => html! {
                        <p class="body" id="receipt-saved">{ t("receipt-save-failed") }</p>
                    },
                } }
            </div>
        </section>
    }
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}

/// A whole HTML page with nothing to load: it opens from the downloads folder, offline.
fn saved_file(sent: &Submitted, track_at: &str) -> String {
    let mut items = String::new();
    for p in points(track_at) {
        let mut words_html: String = p.lines.iter().map(|l| format!("<p>{}</p>", escape(l))).collect();
        match p.value {
            Some(Value::Reference) => words_html.push_str(&format!("<p class=\"code\">{}</p>", escape(&sent.reference))),
            Some(Value::Code) => {
                let code: Vec<String> = sent.tracking_code.split_whitespace().map(escape).collect();
                words_html.push_str(&format!("<p class=\"code\">{}</p>", code.join(" ")));
            }
            None => {}
        }
        items.push_str(&format!("<li>{}<div>{words_html}</div></li>\n", p.picture.svg()));
    }
    format!(
        "<!doctype html>\n<html lang=\"{lang}\" dir=\"{dir}\">\n<head>\n<meta charset=\"utf-8\">\n\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
<title>{title}</title>\n<style>\n\
body {{ margin: 1rem auto; max-width: 40rem; padding: 0 1rem; font-family: Arial, sans-serif; font-size: 1.375rem; line-height: 1.5; color: #0b0c0c; background: #fff; }}\n\
h1 {{ font-size: 2rem; margin: 0 0 1rem; }} h2 {{ font-size: 1.5rem; margin: 1.5rem 0 0.5rem; }}\n\
ul {{ list-style: none; margin: 0; padding: 0; }}\n\
li {{ display: flex; gap: 1rem; align-items: flex-start; margin: 0 0 1.25rem; break-inside: avoid; }}\n\
li p {{ margin: 0 0 0.25rem; }} svg {{ flex: none; width: 3rem; height: 3rem; }}\n\
.code {{ font-family: monospace; font-size: 1.75rem; font-weight: 700; word-spacing: 0.6em; overflow-wrap: anywhere; }}\n\
</style>\n</head>\n<body>\n<h1>{heading}</h1>\n<ul>\n{items}</ul>\n\
<h2>{next}</h2>\n<p>{status}</p>\n</body>\n</html>\n",
        lang = language().code(),
        dir = language().direction(),
        title = escape(&tf("receipt-file-title", &[("reference", sent.reference.as_str())])),
        heading = escape(t("receipt-file-heading")),
        next = escape(t("receipt-file-next")),
        // The file someone keeps says what the page said: read first when it is urgent.
        status = escape(if sent.urgent.is_empty() { t(&sent.status.person_id()) } else { t("confirmation-urgent-first") }),
    )
}
