//! Make a text value acceptable to the ERP: the characters its endpoint refuses removed or
//! transliterated, and the value shortened to the field's limit in the ERP's own unit. The
//! result is what the preview shows and, once the user turns the rule on, what is sent.

use osd_model::{Charset, FieldLimit};

/// Emoji and other characters outside the Basic Multilingual Plane (4 bytes in UTF-8).
pub fn is_astral(c: char) -> bool {
    (c as u32) > 0xFFFF
}

/// Control characters (other than line breaks and tabs) and zero-width or direction marks:
/// invisible on screen, refused or mangled by many ERPs.
pub fn is_invisible(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\r' && c != '\t')
        || matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}' | '\u{202A}'..='\u{202E}')
}

fn outside_latin1(c: char) -> bool {
    (c as u32) > 0xFF
}

/// Whether the ERP's endpoint refuses this character as it is.
pub fn refused(c: char, charset: &Charset) -> bool {
    (charset.rejects_astral && is_astral(c))
        || (charset.rejects_invisible && is_invisible(c))
        || (charset.latin1_only && outside_latin1(c))
}

/// What a refused character becomes: letters are transliterated ("Ł" → "L", "北" → "Bei"),
/// anything else (emoji, marks, invisible characters) is dropped.
fn replacement(c: char) -> String {
    if c.is_alphanumeric() {
        any_ascii::any_ascii_char(c).to_string()
    } else {
        String::new()
    }
}

/// The value with refused characters replaced and whitespace runs made single spaces.
pub fn clean(value: &str, charset: &Charset) -> String {
    let mut replaced = String::with_capacity(value.len());
    for c in value.chars() {
        if refused(c, charset) {
            replaced.push_str(&replacement(c));
        } else {
            replaced.push(c);
        }
    }
    replaced.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest prefix of `value` that fits the limit, cut between characters, never inside.
fn shorten(value: &str, limit: &FieldLimit) -> String {
    if limit.unit.measure(value) <= limit.max {
        return value.to_string();
    }
    let mut kept = String::new();
    let mut rest = value.chars();
    for c in rest.by_ref() {
        kept.push(c);
        if limit.unit.measure(&kept) > limit.max {
            kept.pop();
            // Cut between words when a word would be split and a space is in the second half:
            // "… gegenüber" reads better than "… gegenü".
            if !c.is_whitespace() {
                if let Some(space) = kept.rfind(' ').filter(|at| *at >= kept.len() / 2) {
                    kept.truncate(space);
                }
            }
            break;
        }
    }
    kept.trim_end().to_string()
}

/// Clean, then shorten: the value the ERP will accept.
pub fn fit_text(value: &str, charset: &Charset, limit: Option<&FieldLimit>) -> String {
    let cleaned = clean(value, charset);
    match limit {
        Some(limit) => shorten(&cleaned, limit),
        None => cleaned,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use osd_model::{LengthUnit, OrderField};
    use proptest::prelude::*;

    const NETSUITE: Charset = Charset {
        rejects_astral: true,
        rejects_invisible: true,
        latin1_only: false,
    };
    const LEGACY: Charset = Charset {
        rejects_astral: true,
        rejects_invisible: true,
        latin1_only: true,
    };

    fn limit(max: usize, unit: LengthUnit) -> FieldLimit {
        FieldLimit::new(OrderField::AddressLine1, "addr1", max, unit)
    }

    #[test]
    fn emoji_and_hidden_characters_go_and_legacy_endpoints_get_transliterations() {
        assert_eq!(fit_text("Zoë Berg 🎁✨", &NETSUITE, None), "Zoë Berg ✨");
        assert_eq!(fit_text("Oakland\u{200B}", &NETSUITE, None), "Oakland");
        assert_eq!(
            fit_text("Łódź  ul. Piotrkowska", &LEGACY, None),
            "Lódz ul. Piotrkowska"
        );
        assert_eq!(fit_text("Zoë", &LEGACY, None), "Zoë");
        assert_eq!(fit_text("北京 🎁", &LEGACY, None), "BeiJing");
    }

    #[test]
    fn shortening_counts_as_the_erp_counts_and_never_splits_a_letter() {
        let value = "Großbeerenstraße 12";
        assert_eq!(
            fit_text(value, &NETSUITE, Some(&limit(17, LengthUnit::Bytes))),
            "Großbeerenstraß"
        );
        assert_eq!(
            fit_text(
                "Tür gegenüber Größenwäsche",
                &NETSUITE,
                Some(&limit(24, LengthUnit::Chars))
            ),
            "Tür gegenüber"
        );
        assert_eq!(
            fit_text(value, &NETSUITE, Some(&limit(17, LengthUnit::Chars))),
            "Großbeerenstraße"
        );
    }

    proptest! {
        #[test]
        fn fitting_is_idempotent_within_the_limit_and_leaves_nothing_refused(
            value in "\\PC{0,120}|[a-zß😀\u{200B} ]{0,80}",
            max in 0usize..60,
            bytes in any::<bool>(),
            latin1 in any::<bool>(),
        ) {
            let charset = Charset { latin1_only: latin1, ..NETSUITE };
            let unit = if bytes { LengthUnit::Bytes } else { LengthUnit::Chars };
            let limit = limit(max, unit);
            let once = fit_text(&value, &charset, Some(&limit));
            prop_assert!(unit.measure(&once) <= max);
            prop_assert!(!once.chars().any(|c| refused(c, &charset)));
            prop_assert_eq!(fit_text(&once, &charset, Some(&limit)), once);
        }
    }
}
