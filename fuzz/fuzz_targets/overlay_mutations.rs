#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| error_catalog_fuzz::overlay_mutations(data));
