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
  "/offline.html",
  "/style.css",
  "/boot.js",
  "/speakup.js",
  "/speakup_bg.wasm",
  "/favicon.svg",
  "/manifest.webmanifest",
  "/icons/icon.svg",
  "/icons/icon-192.png",
  "/icons/icon-512.png",
];

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches.open(CACHE)
      .then((cache) => cache.addAll(SHELL.map((url) => new Request(url, { cache: "reload" }))))
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
  if (request.mode === "navigate") {
    // Pages: the newest from the network, else a saved copy of that page, else the saved
    // shell (the app routes itself), else the offline page.
    event.respondWith(
      fetch(request).catch(() =>
        caches.match(request)
          .then((page) => page || caches.match("/index.html"))
          .then((page) => page || caches.match("/offline.html"))),
    );
    return;
  }
  event.respondWith(caches.match(request).then((saved) => saved || fetch(request)));
});
