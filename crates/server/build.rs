//! Builds the web app (`web/`) into `web/dist`, which `src/assets.rs` embeds in the binary.
//!
//! npm runs only when a web source is newer than the built bundle. Set `TANDEM_SKIP_WEB=1` for
//! Rust-only work: a placeholder page is embedded when no bundle exists yet.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// What the bundle is built from, relative to `web/`.
const WEB_INPUTS: &[&str] = &[
    "src",
    "index.html",
    "package.json",
    "package-lock.json",
    "vite.config.ts",
    "tsconfig.json",
    "public",
];

fn main() {
    let web = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../web");
    let dist = web.join("dist");
    println!("cargo:rerun-if-env-changed=TANDEM_SKIP_WEB");
    for input in WEB_INPUTS {
        println!("cargo:rerun-if-changed={}", web.join(input).display());
    }
    if std::env::var_os("TANDEM_SKIP_WEB").is_some_and(|v| !v.is_empty() && v != "0") {
        if !dist.join("index.html").exists() {
            std::fs::create_dir_all(&dist).expect("create web/dist");
            std::fs::write(
                dist.join("index.html"),
                "<!doctype html><title>Tandem</title><p>Built with TANDEM_SKIP_WEB: the web app is not included.</p>",
            )
            .expect("write placeholder index.html");
        }
        return;
    }
    let bundle_time = modified(&dist.join("index.html"));
    let sources_time = WEB_INPUTS
        .iter()
        .filter_map(|input| newest(&web.join(input)))
        .max();
    if bundle_time.is_some() && bundle_time >= sources_time && !placeholder(&dist) {
        return;
    }
    if !web.join("node_modules").exists() {
        npm(&web, &["ci", "--no-audit", "--no-fund"]);
    }
    npm(&web, &["run", "build"]);
}

fn placeholder(dist: &Path) -> bool {
    std::fs::read_to_string(dist.join("index.html")).is_ok_and(|html| html.contains("TANDEM_SKIP_WEB"))
}

fn npm(dir: &Path, args: &[&str]) {
    let status = Command::new("npm")
        .args(args)
        .current_dir(dir)
        .status()
        .unwrap_or_else(|e| panic!("cannot run npm ({e}); install Node.js 20+ or set TANDEM_SKIP_WEB=1"));
    assert!(status.success(), "`npm {}` failed in web/", args.join(" "));
}

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

fn newest(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    std::fs::read_dir(path)
        .ok()?
        .filter_map(|entry| newest(&entry.ok()?.path()))
        .max()
}
