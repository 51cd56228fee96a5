#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| osd_fuzz_targets::status_page(data));
