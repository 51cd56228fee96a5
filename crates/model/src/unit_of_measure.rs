//! Units of measure: the unit a store sold a line in (a weighed sale in pounds, flowers by the
//! bunch) and the units an ERP keeps. Each side names a unit its own way ("lb", "LB",
//! "Pound", UN/ECE Recommendation 20's "LBR"), so a unit is known by all its names and two
//! units are the same when any of their names are.

use serde::{Deserialize, Serialize};

/// The unit a line was sold in, when it is not "one piece".
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SaleUnit {
    /// What the till prints: "lb", "kg", "bn".
    pub symbol: String,
    /// In words, singular: "pound", "bunch".
    pub name: String,
    /// The UN/ECE Recommendation 20 common code ("LBR", "KGM"), for a standard unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

/// A unit of measure an ERP keeps, by every name it answers to (its code, symbol, name and,
/// where the ERP records it, the UN/ECE code).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ErpUnit {
    pub id: String,
    pub names: Vec<String>,
}

impl ErpUnit {
    /// A unit under the names an ERP gives it, each once, blanks left out; `None` when it has
    /// no id or no name at all.
    pub fn named<S: AsRef<str>>(id: String, names: impl IntoIterator<Item = S>) -> Option<Self> {
        let mut kept: Vec<String> = Vec::new();
        for name in names {
            let name = name.as_ref().trim();
            if !name.is_empty() && !kept.iter().any(|k| k == name) {
                kept.push(name.to_string());
            }
        }
        (!id.is_empty() && !kept.is_empty()).then_some(Self { id, names: kept })
    }
}

/// Every name an ERP's units answer to, folded once, for checking many lines against them.
#[derive(Debug, Clone, Default)]
pub struct UnitNames(std::collections::HashSet<String>);

impl UnitNames {
    pub fn of(units: &[ErpUnit]) -> Self {
        Self(
            units
                .iter()
                .flat_map(|u| u.names.iter().map(|n| folded(n)))
                .filter(|n| !n.is_empty())
                .collect(),
        )
    }

    /// No unit was read: then no line's unit is checked.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// A name compared without case, spaces or a trailing full stop ("Lb." is "lb").
fn folded(name: &str) -> String {
    name.trim()
        .trim_end_matches('.')
        .chars()
        .filter(|c| !c.is_whitespace())
        .flat_map(char::to_lowercase)
        .collect()
}

impl SaleUnit {
    /// The names the store's unit goes by: its symbol, its name and that name's plural
    /// ("pounds"), and its UN/ECE code.
    fn names(&self) -> impl Iterator<Item = String> + '_ {
        let plural = if self.name.ends_with(['s', 'x', 'h']) {
            format!("{}es", self.name)
        } else {
            format!("{}s", self.name)
        };
        [folded(&self.symbol), folded(&self.name), folded(&plural)]
            .into_iter()
            .chain(self.code.as_deref().map(folded))
            .filter(|n| !n.is_empty())
    }

    /// Whether the ERP keeps this unit under any of its names.
    pub fn known_in(&self, names: &UnitNames) -> bool {
        self.names().any(|mine| names.0.contains(&mine))
    }

    /// How the unit is named to a person: "pound (lb)".
    pub fn label(&self) -> String {
        if folded(&self.symbol) == folded(&self.name) || self.symbol.trim().is_empty() {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.symbol)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An ERP that keeps one unit, under these names.
    fn erp(names: &[&str]) -> UnitNames {
        UnitNames::of(&[ErpUnit {
            id: "1".into(),
            names: names.iter().map(|n| n.to_string()).collect(),
        }])
    }

    #[test]
    fn a_unit_is_found_under_any_of_its_names() {
        let pound = SaleUnit {
            symbol: "lb".into(),
            name: "pound".into(),
            code: Some("LBR".into()),
        };
        assert!(
            pound.known_in(&erp(&["LB", "Pound"])),
            "Business Central's code"
        );
        assert!(pound.known_in(&erp(&["Pounds"])), "a plural name");
        assert!(
            pound.known_in(&erp(&["POUND-US", "LBR"])),
            "the UN/ECE code"
        );
        assert!(pound.known_in(&erp(&["Lb."])));
        assert!(!pound.known_in(&erp(&["KG", "Kilogram", "KGM"])));
        let bunch = SaleUnit {
            symbol: "bn".into(),
            name: "bunch".into(),
            code: None,
        };
        assert!(bunch.known_in(&erp(&["Bunches"])));
        assert!(!bunch.known_in(&erp(&["PCS", "Piece", "H87"])));
        assert_eq!(bunch.label(), "bunch (bn)");
        let named = ErpUnit::named("7".into(), ["LB", " Pound ", "", "LB"]).unwrap();
        assert_eq!(named.names, ["LB", "Pound"]);
        assert!(ErpUnit::named("7".into(), [" "]).is_none());
        assert!(ErpUnit::named(String::new(), ["KG"]).is_none());
    }
}
