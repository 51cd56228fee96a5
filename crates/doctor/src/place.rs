//! Country and state names to ISO 3166 codes. The names come from `keshvar` (ISO 3166-1 and
//! -2 with the common unofficial and native names of the `countries` data set); this module
//! only decides how loosely a written name may match.

use std::collections::HashMap;
use std::sync::LazyLock;

use keshvar::{Country, CountryIterator};

/// Letters and digits only, lower case, accents removed: "U.S.A." and "usa" are one name,
/// "México" and "Mexico" too.
fn fold(name: &str) -> String {
    any_ascii::any_ascii(name)
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

/// A name that several countries share is no answer: it maps to `None`.
fn insert(index: &mut HashMap<String, Option<String>>, name: &str, code: &str) {
    let key = fold(name);
    if key.is_empty() {
        return;
    }
    index
        .entry(key)
        .and_modify(|known| {
            if known.as_deref() != Some(code) {
                *known = None;
            }
        })
        .or_insert_with(|| Some(code.to_string()));
}

struct Countries {
    /// Alpha-2 and alpha-3 codes: always themselves, whatever name folds to the same letters.
    by_code: HashMap<String, String>,
    by_name: HashMap<String, Option<String>>,
    /// Per alpha-2 code: the subdivisions' folded names and codes ("CA" for US-CA).
    subdivisions: HashMap<String, Vec<(Vec<String>, String)>>,
}

static COUNTRIES: LazyLock<Countries> = LazyLock::new(|| {
    let mut by_code = HashMap::new();
    let mut by_name = HashMap::new();
    let mut subdivisions = HashMap::new();
    for country in CountryIterator::new() {
        let code = country.alpha2().to_string();
        by_code.insert(fold(&code), code.clone());
        by_code.insert(fold(&country.alpha3().to_string()), code.clone());
        insert(&mut by_name, country.iso_short_name(), &code);
        insert(&mut by_name, country.iso_long_name(), &code);
        for name in country.unofficial_name_list() {
            insert(&mut by_name, name, &code);
        }
        subdivisions.insert(code, subdivision_names(&country));
    }
    Countries {
        by_code,
        by_name,
        subdivisions,
    }
});

fn subdivision_names(country: &Country) -> Vec<(Vec<String>, String)> {
    country
        .subdivisions()
        .iter()
        .map(|(code, subdivision)| {
            let mut names = vec![fold(subdivision.name())];
            names.extend(subdivision.unofficial_name_list().iter().map(|n| fold(n)));
            (names, code.to_string())
        })
        .collect()
}

/// The ISO 3166-1 alpha-2 code of a country written as a code, a name, a native name or a
/// common variant ("USA", "United States of America", "Deutschland"); `None` when unknown
/// or ambiguous.
pub fn country_code(written: &str) -> Option<String> {
    let key = fold(written);
    if let Some(code) = COUNTRIES.by_code.get(&key) {
        return Some(code.clone());
    }
    // "The Netherlands", "The Gambia": try without the leading article too.
    let key_without_article = key.strip_prefix("the").unwrap_or(&key);
    let by_name = &COUNTRIES.by_name;
    by_name
        .get(&key)
        .or_else(|| by_name.get(key_without_article))
        .cloned()
        .flatten()
}

/// The ISO 3166-2 subdivision code (without the country prefix: "CA" for US-CA) of a state
/// or province written as its code, its name, a variant, or an abbreviation with a full stop
/// that starts exactly one subdivision's name ("Calif.", "Mass.").
pub fn state_code(country: &str, written: &str) -> Option<String> {
    let names = COUNTRIES.subdivisions.get(&country.to_ascii_uppercase())?;
    let key = fold(written);
    if key.is_empty() {
        return None;
    }
    let exact: Vec<&String> = names
        .iter()
        .filter(|(folded, code)| fold(code) == key || folded.contains(&key))
        .map(|(_, code)| code)
        .collect();
    if let [code] = exact.as_slice() {
        return Some((*code).clone());
    }
    // An abbreviation must say it is one: "Calif." is, "Cal" is not.
    if !written.trim_end().ends_with('.') || key.len() < 3 {
        return None;
    }
    let starts: Vec<&String> = names
        .iter()
        .filter(|(folded, _)| folded.iter().any(|n| n.starts_with(&key)))
        .map(|(_, code)| code)
        .collect();
    match starts.as_slice() {
        [code] => Some((*code).clone()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn names_variants_and_native_names_become_codes() {
        for (written, code) in [
            ("US", "US"),
            ("us", "US"),
            ("USA", "US"),
            ("U.S.A.", "US"),
            ("United States", "US"),
            ("United States of America", "US"),
            ("Deutschland", "DE"),
            ("Germany", "DE"),
            ("DEU", "DE"),
            ("México", "MX"),
            ("Mexico", "MX"),
            ("The Netherlands", "NL"),
            ("Netherlands", "NL"),
            ("  France ", "FR"),
            ("España", "ES"),
        ] {
            assert_eq!(country_code(written).as_deref(), Some(code), "{written}");
        }
        assert_eq!(country_code("Atlantis"), None);
        assert_eq!(country_code(""), None);
    }

    #[test]
    fn states_by_code_name_and_dotted_abbreviation() {
        for (country, written, code) in [
            ("US", "California", "CA"),
            ("US", "california", "CA"),
            ("US", "CA", "CA"),
            ("US", "Calif.", "CA"),
            ("US", "Mass.", "MA"),
            ("US", "N.Y.", "NY"),
            ("US", "New York", "NY"),
            ("DE", "Bayern", "BY"),
            ("CA", "Ontario", "ON"),
        ] {
            assert_eq!(
                state_code(country, written).as_deref(),
                Some(code),
                "{country} {written}"
            );
        }
        // "New." starts several states; "Cal" does not say it is an abbreviation.
        assert_eq!(state_code("US", "New."), None);
        assert_eq!(state_code("US", "Cal"), None);
        assert_eq!(state_code("XX", "California"), None);
    }

    proptest! {
        #[test]
        fn normalising_never_panics_and_a_code_maps_to_itself(text in "\\PC{0,40}") {
            if let Some(code) = country_code(&text) {
                prop_assert_eq!(code.len(), 2);
                prop_assert_eq!(country_code(&code), Some(code.clone()));
                if let Some(state) = state_code(&code, &text) {
                    prop_assert_eq!(state_code(&code, &state), Some(state.clone()));
                }
            }
            let _ = state_code("US", &text);
        }
    }
}
