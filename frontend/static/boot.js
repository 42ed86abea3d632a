// Starts the SpeakUp app. Kept as a separate file because the Content Security Policy allows
// no inline scripts. speakup.js and speakup_bg.wasm are written by wasm-bindgen.
import init from "./speakup.js";

// The app registers the service worker itself (src/worker.rs), so that it can leave it out,
// and remove it, on a shared or public device.
init().catch((error) => {
  console.error(error);
  const app = document.getElementById("app");
  if (!app) {
    return;
  }
  const main = document.createElement("main");
  main.className = "width main";
  const heading = document.createElement("h1");
  heading.className = "heading-xl";
  heading.textContent = "Sorry, SpeakUp could not start";
  const text = document.createElement("p");
  text.className = "body";
  text.textContent = "Check your internet connection and refresh the page. If it still does not work, try a newer web browser.";
  main.append(heading, text);
  app.replaceChildren(main);
});
