//! Random bearer secrets (session cookies, API tokens) and their stored form.
//!
//! A secret is 32 random bytes; only its SHA-256 is stored, so a leaked database grants no
//! access. SHA-256 (not Argon2) suffices because the secret has 256 bits of entropy: there is
//! nothing to brute-force. Secrets are never compared directly: the store is searched by the
//! hash, so the time a lookup takes depends on the hash of the presented value, which an
//! attacker cannot steer towards a stored one. This is what makes the comparison timing-safe.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use rand::RngCore;
use sha2::{Digest, Sha256};

/// API tokens carry a prefix so that secret scanners and people can recognise them.
pub const TOKEN_PREFIX: &str = "tdm_";

pub fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

pub fn new_token() -> String {
    format!("{TOKEN_PREFIX}{}", new_secret())
}

pub fn hash(secret: &str) -> Vec<u8> {
    Sha256::digest(secret.as_bytes()).to_vec()
}

/// A short, non-secret tag of a session hash, to tell a user's sessions apart in a principal.
pub fn tag(hash: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(&hash[..hash.len().min(9)])
}

/// A random identifier for accounts, tokens and documents: 16 alphanumeric characters.
pub fn new_id() -> String {
    use rand::distributions::{Alphanumeric, DistString};
    Alphanumeric.sample_string(&mut rand::thread_rng(), 16)
}
