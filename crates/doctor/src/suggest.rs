//! Suggestions for a SKU the ERP does not know: the usual typos of people and scanners.

use crate::MasterIndex;

/// Fold the confusions that make two SKUs look alike: case, spaces, O/0, I/1/L.
fn fold(sku: &str) -> String {
    sku.chars()
        .filter(|c| !c.is_whitespace() && *c != '-' && *c != '_')
        .map(|c| match c.to_ascii_uppercase() {
            'O' => '0',
            'I' | 'L' => '1',
            other => other,
        })
        .collect()
}

/// The ERP SKU most likely meant, if one is close enough to be a typo.
pub fn closest_sku(sku: &str, index: &MasterIndex) -> Option<String> {
    let folded = fold(sku);
    if folded.is_empty() {
        return None;
    }
    let mut best: Option<(usize, &str)> = None;
    for candidate in index.active_skus() {
        let distance = strsim::levenshtein(&folded, &fold(candidate));
        if best.is_none_or(|(d, _)| distance < d) {
            best = Some((distance, candidate));
        }
    }
    // One or two edits in a SKU of normal length is a typo; more is a different product.
    let allowed = if folded.len() >= 8 { 2 } else { 1 };
    best.filter(|(d, _)| *d <= allowed)
        .map(|(_, s)| s.to_string())
}

/// The ERP item named like a line that has no product code ("Tip" → `TIP`), if there is one.
/// Only the same name: a line with no code is not a typo of a product that has one.
pub fn item_named(title: &str, index: &MasterIndex) -> Option<String> {
    let folded = fold(title);
    (!folded.is_empty())
        .then(|| index.active_skus().find(|sku| fold(sku) == folded))
        .flatten()
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;
    use osd_model::{ErpItem, MasterData};

    fn index(skus: &[&str]) -> MasterIndex {
        MasterIndex::new(MasterData {
            items: skus
                .iter()
                .enumerate()
                .map(|(i, s)| ErpItem {
                    id: i.to_string(),
                    sku: s.to_string(),
                    active: true,
                })
                .collect(),
            ..MasterData::default()
        })
    }

    #[test]
    fn finds_typos_and_look_alikes_but_not_other_products() {
        let idx = index(&["TSHIRT-BLK-M", "TSHIRT-BLK-L", "MUG-NAT-M", "B00K-01"]);
        assert_eq!(
            closest_sku("TSHRT-BLK-M", &idx).as_deref(),
            Some("TSHIRT-BLK-M")
        );
        assert_eq!(
            closest_sku("tshirt blk m", &idx).as_deref(),
            Some("TSHIRT-BLK-M")
        );
        assert_eq!(closest_sku("BOOK-O1", &idx).as_deref(), Some("B00K-01"));
        assert_eq!(closest_sku("CANDLE-LAV-XL", &idx), None);
        let idx = index(&["TIP", "TOP", "CUSTOM-AMOUNT"]);
        assert_eq!(item_named("Tip", &idx).as_deref(), Some("TIP"));
        assert_eq!(
            item_named("Custom amount", &idx).as_deref(),
            Some("CUSTOM-AMOUNT")
        );
        assert_eq!(
            item_named("Tap", &idx),
            None,
            "no near names for a line without code"
        );
        assert_eq!(closest_sku("", &idx), None);
    }
}
