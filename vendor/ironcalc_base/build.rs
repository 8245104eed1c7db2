// Tandem: upstream asks git for IronCalc's release tag, and the crates.io package, built outside
// IronCalc's repository, gets "unknown". This copy sits in Tandem's repository, whose tags are
// not IronCalc's, so it says "unknown" too: INFO("release") answers as the published crate does.
fn main() {
    println!("cargo:rustc-env=GIT_VERSION=unknown");
}
