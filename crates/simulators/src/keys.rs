//! Keys for the simulated NetSuite integration: an ECDSA P-256 pair made at start-up, so the
//! demo's certificate is as real as a customer's and nothing secret is ever committed.

use base64::Engine;
use ring::rand::SystemRandom;
use ring::signature::{EcdsaKeyPair, KeyPair, ECDSA_P256_SHA256_FIXED_SIGNING};

pub struct SigningKey {
    /// PKCS#8 PEM, what a user pastes into the keychain.
    pub private_pem: String,
    /// Uncompressed public point's coordinates, base64url, for verifying.
    pub x: String,
    pub y: String,
}

#[derive(Debug, thiserror::Error)]
#[error("could not make a signing key")]
pub struct KeyError;

pub fn generate_es256() -> Result<SigningKey, KeyError> {
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng)
        .map_err(|_| KeyError)?;
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng)
        .map_err(|_| KeyError)?;
    let point = pair.public_key().as_ref();
    // 0x04 || X (32 bytes) || Y (32 bytes)
    if point.len() != 65 {
        return Err(KeyError);
    }
    let b64url = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let body = base64::engine::general_purpose::STANDARD.encode(pkcs8.as_ref());
    let lines: Vec<&str> = body
        .as_bytes()
        .chunks(64)
        .filter_map(|c| std::str::from_utf8(c).ok())
        .collect();
    Ok(SigningKey {
        private_pem: format!(
            "-----BEGIN PRIVATE KEY-----\n{}\n-----END PRIVATE KEY-----\n",
            lines.join("\n")
        ),
        x: b64url.encode(&point[1..33]),
        y: b64url.encode(&point[33..65]),
    })
}
