//! Fuzz target: any bytes, read as lossy UTF-8, with and without a publication day, must give a
//! result (possibly empty) with spans inside the text, and never panic or hang.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for published in [None, "2025-11-25".parse().ok()] {
        let mut article = extract::Article::new(&text);
        article.published = published;
        let (incidents, diagnostics) = extract::extract(&article);
        for d in &diagnostics {
            assert!(d.span.end <= text.len() && text.is_char_boundary(d.span.start));
        }
        for incident in &incidents {
            for claim in &incident.claims {
                assert_eq!(claim.killed.is_some(), claim.killed_qualifier.is_some());
            }
        }
    }
});
