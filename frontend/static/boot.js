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

// The front bundle hands the page over to the public one in place, passing the answers a
// shared device keeps only in memory (src/bundle.rs); the new bundle reads them at start.
globalThis.speakupHandOver = (url, memory) => {
  globalThis.speakupMemory = memory;
  return start(url).catch(failed);
};

// The app registers the service worker itself (src/worker.rs), so that it can leave it out,
// and remove it, on a shared or public device.
start(bundle).catch(failed);
