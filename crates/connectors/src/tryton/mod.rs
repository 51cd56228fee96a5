//! Tryton over JSON-RPC at `/<database>/rpc/`: `common.db.login`, then the `Session` header;
//! the user's context as the last parameter of every call; Tryton's own Decimal and date
//! encodings; sales created with `reference` as the shop's id, then quoted and confirmed.
//! The protocol follows what ../shared/research/tryton-jsonrpc.md observed on trytond 8.0.

mod client;
mod documents;
pub mod errors;

pub use client::{TrytonClient, TrytonConfig};
