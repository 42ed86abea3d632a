// "Exit this page" before the app has loaded. On a slow phone the wasm can take seconds to
// arrive, and someone interrupted must be able to leave from the first byte: this small script
// does what components/exit_page.rs does (blank the page, forget an unfinished referral unless
// the person chose to keep it, replace the page with a neutral site) for the exit link the
// server sends in the page. Once the app has drawn its own exit control, the static one is gone
// and this script steps aside.
const SHIFT_WINDOW_MS = 2000;

function staticExit() {
  return document.querySelector("#exit-bar-static #exit-page");
}

function leave(link) {
  const site = link.href;
  if (document.body) {
    document.body.replaceChildren();
  }
  try {
    // What this tab keeps (a tracking code not yet written down) goes whatever was chosen.
    Object.keys(sessionStorage).filter((key) => key.startsWith("speakup.")).forEach((key) => sessionStorage.removeItem(key));
    if (localStorage.getItem("speakup.keep-on-exit") !== "true") {
      Object.keys(localStorage).filter((key) => key.startsWith("speakup.referral")).forEach((key) => localStorage.removeItem(key));
    }
  } catch (_) {
    // Storage switched off: there is nothing to forget.
  }
  if (window.speechSynthesis) {
    window.speechSynthesis.cancel();
  }
  location.replace(site);
}

document.addEventListener("click", (event) => {
  const link = staticExit();
  if (link && event.target instanceof Element && event.target.closest("#exit-page") === link) {
    event.preventDefault();
    leave(link);
  }
});

let presses = 0;
let first = 0;
window.addEventListener("keydown", (event) => {
  const link = staticExit();
  if (!link) {
    return;
  }
  if (event.key !== "Shift" || event.repeat) {
    presses = 0;
    return;
  }
  const now = Date.now();
  if (presses === 0 || now - first > SHIFT_WINDOW_MS) {
    presses = 1;
    first = now;
  } else {
    presses += 1;
  }
  if (presses >= 3) {
    leave(link);
  }
});
