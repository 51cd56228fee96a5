//! The fuzz targets on the stable toolchain: every seed in `fuzz/corpus/<target>/` and every
//! input that ever crashed (`fuzz/regressions/<target>/`) is replayed, then the seeds are
//! mutated (bit flips, interesting bytes, JSON and CSV tokens, cuts, repeats, splices) for
//! `OSD_FUZZ_SECONDS` per target (2 by default). Without coverage guidance this finds less
//! than libFuzzer does (scripts/fuzz.sh); what it guarantees is that no known crash comes back
//! and that CI throws thousands of broken inputs at every parser on every run.
//!
//! A crash is written to `target/fuzz-crashes/<target>/`; move it to `fuzz/regressions/` with
//! the fix. `OSD_FUZZ_SEED` repeats a run.

#![allow(clippy::unwrap_used, clippy::expect_used)] // Test helpers may panic: a panic is a failed test.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use osd_fuzz_targets::{Target, TARGETS};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};

const TOKENS: &[&[u8]] = &[
    b"{",
    b"}",
    b"[",
    b"]",
    b"\"",
    b":",
    b",",
    b"null",
    b"true",
    b"-1",
    b"0",
    b"1e999",
    b"-0.000000001",
    b"18446744073709551616",
    b"\"\\u0000\"",
    b"\"\\ud800\"",
    b"\n",
    b"\r\n",
    b"\xef\xbb\xbf",
    b"\xff",
    b"\"error\"",
    b"\"message\"",
    b"\"code\"",
    b"\"o:errorDetails\"",
    b"\"lineItems\"",
    b"\"edges\"",
    b"\"node\"",
    b"\"amount\"",
    b"\"line_items\"",
    b"\"value\"",
    b"\"data\"",
    b"\"status\"",
    b"Lineitem sku",
    b"Name",
    b"\"a,\nb\"",
    b"#1001",
    b"\"\"",
];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz")
}

fn files(dir: &Path) -> Vec<Vec<u8>> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    paths
        .iter()
        .filter(|p| p.is_file())
        .map(|p| std::fs::read(p).unwrap())
        .collect()
}

fn mutate(rng: &mut StdRng, seeds: &[Vec<u8>], input: &mut Vec<u8>) {
    for _ in 0..rng.gen_range(1..=4) {
        let len = input.len();
        match rng.gen_range(0..8) {
            0 if len > 0 => {
                let at = rng.gen_range(0..len);
                input[at] ^= 1 << rng.gen_range(0..8);
            }
            1 if len > 0 => {
                let at = rng.gen_range(0..len);
                input[at] = *[0u8, 0x7f, 0x80, 0xff, b'"', b'\\', b',', b'\n']
                    .get(rng.gen_range(0..8))
                    .unwrap();
            }
            2 => {
                let token = TOKENS[rng.gen_range(0..TOKENS.len())];
                let at = rng.gen_range(0..=len);
                input.splice(at..at, token.iter().copied());
            }
            3 if len > 0 => {
                let from = rng.gen_range(0..len);
                let to = (from + rng.gen_range(1..=64)).min(len);
                input.drain(from..to);
            }
            4 if len > 0 => {
                let from = rng.gen_range(0..len);
                let to = (from + rng.gen_range(1..=32)).min(len);
                let copy: Vec<u8> = input[from..to].to_vec();
                let at = rng.gen_range(0..=len);
                input.splice(at..at, copy);
            }
            5 if len > 0 => input.truncate(rng.gen_range(0..len)),
            6 if !seeds.is_empty() => {
                let other = &seeds[rng.gen_range(0..seeds.len())];
                if !other.is_empty() {
                    let from = rng.gen_range(0..other.len());
                    let at = rng.gen_range(0..=len);
                    input.truncate(at);
                    input.extend_from_slice(&other[from..]);
                }
            }
            _ => {
                let at = rng.gen_range(0..=len);
                let byte: u8 = rng.gen();
                input.insert(at, byte);
            }
        }
    }
    input.truncate(64 * 1024);
}

/// Run one input; a panic is kept as a crash file and reported.
fn run_one(target: &Target, input: &[u8], crashes: &mut Vec<PathBuf>) {
    if catch_unwind(AssertUnwindSafe(|| (target.run)(input))).is_err() {
        let dir = Path::new(env!("CARGO_TARGET_TMPDIR"))
            .join("../fuzz-crashes")
            .join(target.name);
        std::fs::create_dir_all(&dir).unwrap();
        let name = format!("crash-{:016x}", fnv(input));
        let path = dir.join(name);
        std::fs::write(&path, input).unwrap();
        crashes.push(path);
    }
}

fn fnv(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100000001b3)
    })
}

#[test]
fn every_parser_survives_its_corpus_its_past_crashes_and_mutations() {
    let seconds: u64 = std::env::var("OSD_FUZZ_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(2);
    let seed: u64 = std::env::var("OSD_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(rand::random);
    eprintln!("OSD_FUZZ_SEED={seed}");
    let mut rng = StdRng::seed_from_u64(seed);
    let mut crashes = Vec::new();
    for target in TARGETS {
        let seeds = files(&fuzz_dir().join("corpus").join(target.name));
        assert!(
            seeds.len() >= 3,
            "{}: the seed corpus is missing (fuzz/corpus/{})",
            target.name,
            target.name
        );
        let regressions = files(&fuzz_dir().join("regressions").join(target.name));
        for input in seeds.iter().chain(&regressions) {
            run_one(target, input, &mut crashes);
        }
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let mut execs = 0u64;
        while Instant::now() < deadline {
            for _ in 0..64 {
                let mut input = seeds[rng.gen_range(0..seeds.len())].clone();
                mutate(&mut rng, &seeds, &mut input);
                run_one(target, &input, &mut crashes);
                execs += 1;
            }
        }
        eprintln!(
            "{}: {} seeds, {} past crashes, {execs} mutated inputs in {seconds} s",
            target.name,
            seeds.len(),
            regressions.len()
        );
    }
    assert!(crashes.is_empty(), "crashing inputs: {crashes:?}");
}
