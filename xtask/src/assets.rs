//! What `dist` looks like to browsers: file names that change with their contents, and
//! brotli and gzip copies made once at build time instead of on every request.
//!
//! A fingerprinted file (`style.<16 hex>.css`) can be cached for a year because a new release
//! has a new name; the pages and scripts that point at it are rewritten to the new name. The
//! gateway (`backend/gateway/src/static_files.rs`) serves the copy the browser accepts.

use std::collections::hash_map::DefaultHasher;
use std::fs;
use std::hash::{Hash, Hasher};
use std::io::Write;
use std::path::Path;

/// Besides each bundle's wasm and JS: fingerprinted after the bundles, `boot.js` last.
const STATIC_FINGERPRINTED: [&str; 3] = ["style.css", "exit.js", "boot.js"];

/// Besides each bundle's JS (which names its wasm): the files that name others. Only whole
/// quoted names are rewritten.
const STATIC_REFERRERS: [&str; 7] = ["boot.js", "index.html", "app.html", "staff.html", "oversight.html", "offline.html", "sw.js"];

fn bundle_files<'a>(bundles: &'a [&str]) -> impl Iterator<Item = String> + 'a {
    bundles.iter().flat_map(|b| [format!("{b}_bg.wasm"), format!("{b}.js")])
}

/// Worth compressing: text and wasm. PNGs are compressed already.
const COMPRESSIBLE: [&str; 8] = ["html", "js", "css", "wasm", "svg", "webmanifest", "ftl", "json"];

/// Renames each fingerprinted file (the bundles', then the static ones: each after the files
/// it names, so its hash covers theirs) and rewrites the references to it. Returns the new
/// names.
pub fn fingerprint(dist: &Path, bundles: &[&str]) -> Result<Vec<String>, String> {
    let mut renamed = Vec::new();
    let names: Vec<String> = bundle_files(bundles).chain(STATIC_FINGERPRINTED.map(String::from)).collect();
    for name in &names {
        let name = name.as_str();
        let path = dist.join(name);
        let contents = fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let (stem, ext) = name.rsplit_once('.').expect("every fingerprinted name has an extension");
        let new_name = format!("{stem}.{}.{ext}", hex_hash(&contents));
        fs::rename(&path, dist.join(&new_name)).map_err(|e| format!("renaming {name}: {e}"))?;
        rewrite_references(dist, bundles, name, &new_name)?;
        renamed.push(new_name);
    }
    Ok(renamed)
}

/// Points every quoted reference to `old` (`"/old"`, or `'old'` as wasm-bindgen writes it) in
/// the files that name others at `new`.
pub fn rewrite_references(dist: &Path, bundles: &[&str], old: &str, new: &str) -> Result<(), String> {
    let referrers = bundles.iter().map(|b| format!("{b}.js")).chain(STATIC_REFERRERS.map(String::from));
    for referrer in referrers {
        // A referrer may itself have been renamed already; it no longer names anything new.
        let path = dist.join(referrer);
        let Ok(text) = fs::read_to_string(&path) else { continue };
        let mut updated = text.clone();
        for quote in ['"', '\''] {
            updated = updated.replace(&format!("{quote}/{old}{quote}"), &format!("{quote}/{new}{quote}"));
            updated = updated.replace(&format!("{quote}{old}{quote}"), &format!("{quote}{new}{quote}"));
        }
        if updated != text {
            fs::write(&path, updated).map_err(|e| format!("writing {}: {e}", path.display()))?;
        }
    }
    Ok(())
}

/// Writes `<file>.br` (brotli 11) and `<file>.gz` (gzip 9) beside every compressible file.
pub fn precompress(dir: &Path) -> Result<(), String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("reading {}: {e}", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| format!("reading {}: {e}", dir.display()))?.path();
        if path.is_dir() {
            precompress(&path)?;
            continue;
        }
        let compressible = path.extension().and_then(|e| e.to_str()).is_some_and(|e| COMPRESSIBLE.contains(&e));
        if !compressible {
            continue;
        }
        let plain = fs::read(&path).map_err(|e| format!("reading {}: {e}", path.display()))?;
        let name = path.file_name().and_then(|n| n.to_str()).unwrap_or_default().to_string();
        let write = |ext: &str, bytes: Vec<u8>| {
            let target = path.with_file_name(format!("{name}.{ext}"));
            fs::write(&target, bytes).map_err(|e| format!("writing {}: {e}", target.display()))
        };
        write("br", brotli(&plain))?;
        write("gz", gzip(&plain)?)?;
    }
    Ok(())
}

pub fn brotli(plain: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(plain.len() / 3);
    {
        let mut writer = ::brotli::CompressorWriter::new(&mut out, 4096, 11, 22);
        writer.write_all(plain).expect("writing to memory cannot fail");
    }
    out
}

fn gzip(plain: &[u8]) -> Result<Vec<u8>, String> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::with_capacity(plain.len() / 3), flate2::Compression::best());
    encoder.write_all(plain).and_then(|_| encoder.finish()).map_err(|e| format!("gzip: {e}"))
}

/// 16 hex digits of a hash of `bytes`: the fingerprint in a file name, and the build's name.
pub fn hex_hash(bytes: &[u8]) -> String {
    let mut hasher = DefaultHasher::new();
    bytes.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}
