//! Builds the web app (`web/`) into `web/dist`, which `src/assets.rs` embeds in the binary.
//!
//! First the formula engine (`crates/sheets-wasm`) is built to WebAssembly, with its JavaScript
//! glue generated into `web/engine/`, which the web app imports. Each step runs only when one of
//! its sources is newer than what it built. Set `TANDEM_SKIP_WEB=1` for Rust-only work: a
//! placeholder page is embedded when no bundle exists yet.

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
/// Written by this script (the formula engine's glue), and read by the bundle.
const WEB_GENERATED: &str = "engine";

/// What the engine's WebAssembly is built from, relative to the repository's root.
const ENGINE_INPUTS: &[&str] = &[
    "crates/sheets-wasm",
    "vendor/ironcalc_base/src",
    "vendor/ironcalc_base/Cargo.toml",
    "Cargo.toml",
    "Cargo.lock",
    "crates/server/build.rs",
];
const ENGINE_TARGET: &str = "wasm32-unknown-unknown";
/// The generated module's name (the crate's, as wasm-bindgen names it).
const ENGINE_MODULE: &str = "tandem_sheets_wasm";

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..");
    let web = root.join("web");
    let dist = web.join("dist");
    println!("cargo:rerun-if-env-changed=TANDEM_SKIP_WEB");
    for input in WEB_INPUTS {
        println!("cargo:rerun-if-changed={}", web.join(input).display());
    }
    for input in ENGINE_INPUTS {
        println!("cargo:rerun-if-changed={}", root.join(input).display());
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
    build_engine(&root, &web.join("engine"));
    let bundle_time = modified(&dist.join("index.html"));
    let sources_time = WEB_INPUTS
        .iter()
        .chain([&WEB_GENERATED])
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

/// Builds `crates/sheets-wasm` for the browser and generates its JavaScript and TypeScript glue
/// into `out`. The build is a cargo of its own, in a target directory of its own beside this
/// build's, so it neither waits on this build's lock nor mixes its artefacts with the host's.
fn build_engine(root: &Path, out: &Path) {
    // The oldest of what it writes.
    let built = ["_bg.wasm", ".js", ".d.ts"]
        .iter()
        .map(|suffix| modified(&out.join(format!("{ENGINE_MODULE}{suffix}"))))
        .min()
        .flatten();
    let sources = ENGINE_INPUTS
        .iter()
        .filter_map(|input| newest(&root.join(input)))
        .max();
    if built.is_some() && built >= sources {
        return;
    }
    install_engine_target();
    // OUT_DIR is <target>/<profile>/build/<crate>-<hash>/out.
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("OUT_DIR is set by cargo"));
    let target_dir = out_dir
        .ancestors()
        .nth(4)
        .expect("OUT_DIR lies in the target directory")
        .join("engine");
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let status = Command::new(cargo)
        .args([
            "build",
            "--release",
            "--locked",
            "--target",
            ENGINE_TARGET,
            "-p",
            "tandem-sheets-wasm",
        ])
        .current_dir(root)
        .env("CARGO_TARGET_DIR", &target_dir)
        // Line tables are for the server's profiles; the browser's module goes without.
        .env("CARGO_PROFILE_RELEASE_DEBUG", "false")
        // Meant for this build's host target (or set by clippy for it), not for the engine's.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("RUSTC_WRAPPER")
        .status()
        .unwrap_or_else(|e| panic!("cannot run cargo to build the formula engine: {e}"));
    assert!(
        status.success(),
        "building the formula engine (crates/sheets-wasm) for {ENGINE_TARGET} failed"
    );
    let module = target_dir
        .join(ENGINE_TARGET)
        .join("release")
        .join(format!("{ENGINE_MODULE}.wasm"));
    wasm_bindgen_cli_support::Bindgen::new()
        .input_path(&module)
        .web(true)
        .and_then(|bindgen| bindgen.typescript(true).generate(out))
        .unwrap_or_else(|e| panic!("generating the formula engine's JavaScript glue failed: {e:#}"));
}

/// The WebAssembly target's standard library comes with rustup, not with the toolchain.
fn install_engine_target() {
    let installed = Command::new("rustup")
        .args(["target", "list", "--installed"])
        .output()
        .map(|output| {
            String::from_utf8_lossy(&output.stdout)
                .lines()
                .any(|line| line == ENGINE_TARGET)
        });
    if let Ok(false) = installed {
        let status = Command::new("rustup")
            .args(["target", "add", ENGINE_TARGET])
            .status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "`rustup target add {ENGINE_TARGET}` failed: the formula engine needs it"
        );
    }
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
