// Tandem: upstream reads the release from the git tag of IronCalc's own repository, which this
// copy does not sit in; INFO("release") reports the crate's version instead.
fn main() {
    let version = std::env::var("CARGO_PKG_VERSION").unwrap_or_else(|_| "unknown".into());
    println!("cargo:rustc-env=GIT_VERSION={version}");
}
