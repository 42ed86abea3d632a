// Starts the SpeakUp app. Kept as a separate file because the Content Security Policy allows
// no inline scripts. The page names its bundle (front, public or staff) in its modulepreload
// link; `xtask frontend` gives every file a name that changes with its contents.
const bundle = document.querySelector('link[rel="modulepreload"]').href;

function failed(error) {
  console.error(error);
  // The exit control and the header stay: only the page's own part says what went wrong.
  for (const id of ["static-page", "loading"]) {
    document.getElementById(id)?.remove();
  }
  document.getElementById("app-failed")?.removeAttribute("hidden");
}

async function start(url) {
  const app = await import(url);
  await app.default();
}

// The app calls this too, when it has started but cannot go on (src/words.rs).
globalThis.speakupFailed = failed;

// The front bundle hands the page over to the public one in place, passing the answers a
// shared device keeps only in memory (src/bundle.rs); the new bundle reads them at start.
globalThis.speakupHandOver = (url, memory) => {
  globalThis.speakupMemory = memory;
  return start(url).catch(failed);
};

// The words of the language the app will choose (src/display.rs: the one saved, else the one
// the address asks for, else the first of the browser's it speaks, else English), fetched
// beside the app instead of after it. A wrong guess costs one file: the app fetches what it chose.
const words = Object.fromEntries((document.querySelector('meta[name="speakup-words"]')?.content ?? "")
  .split(" ").filter(Boolean).map((entry) => entry.split("=")));
function chosenLanguage() {
  try {
    const saved = JSON.parse(localStorage.getItem("speakup.display") ?? "null");
    if (saved?.language && words[saved.language]) {
      return saved.language;
    }
  } catch (_) {
    // Storage switched off or unreadable: the address or the browser's languages decide.
  }
  const asked = new URLSearchParams(location.search).get("language");
  if (asked && words[asked]) {
    return asked;
  }
  const spoken = (navigator.languages ?? []).map((tag) => tag.split(/[-_]/)[0].toLowerCase()).find((code) => words[code]);
  return spoken ?? "en";
}
const likelyWords = words[chosenLanguage()];
if (likelyWords) {
  const preload = document.createElement("link");
  Object.assign(preload, { rel: "preload", as: "fetch", crossOrigin: "anonymous", href: likelyWords });
  document.head.append(preload);
}

// The app registers the service worker itself (src/worker.rs), so that it can leave it out,
// and remove it, on a shared or public device.
start(bundle).catch(failed);
