// SpeakUp's service worker: keeps the app shell on the device so the public pages open
// without a connection. It never stores answers to the API: referrals, tracking and staff
// data always go to the server (a form started offline is kept by the app, not here).
// `xtask frontend` stamps BUILD with a hash of the built files, so a new release replaces
// the old cache.
const BUILD = "__SPEAKUP_BUILD__";
const CACHE = `speakup-shell-${BUILD}`;
const SHELL = [
  "/",
  "/index.html",
  "/app.html",
  "/offline.html",
  "/style.css",
  "/exit.js",
  "/boot.js",
  "/front.js",
  "/front_bg.wasm",
  "/public.js",
  "/public_bg.wasm",
  "/words/en.ftl",
  "/favicon.svg",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches.keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("speakup-shell-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== "GET" || url.origin !== self.location.origin || url.pathname.startsWith("/api/") || url.pathname.startsWith("/health/")) {
    return;
  }
  if (request.mode === "navigate" && (url.pathname === "/staff" || url.pathname.startsWith("/staff/"))) {
    // The staff console works online only; its bundle is never kept here.
    event.respondWith(fetch(request).catch(() => caches.match("/offline.html")));
    return;
  }
  if (request.mode === "navigate") {
    // Pages: the newest from the network, else a saved copy of that page, else the saved
    // shell (the app routes itself), else the offline page.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request)
          .then((page) => page || caches.match("/app.html"))
          .then((page) => page || caches.match("/offline.html"))),
    );
    return;
  }
  // Files: the saved copy, else the network. A language's words are kept once fetched, so a
  // language chosen online still reads offline; but never in a cache that is gone: on a
  // shared device the app deletes it, and this worker still answers until the page closes.
  event.respondWith(caches.match(request).then((saved) => saved || fetch(request).then((response) => {
    if (response.ok && url.pathname.startsWith("/words/")) {
      const copy = response.clone();
      caches.has(CACHE).then((kept) => kept && caches.open(CACHE).then((cache) => cache.put(request, copy)));
    }
    return response;
  })));
});
