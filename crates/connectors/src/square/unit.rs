//! Square's `MeasurementUnit` as the unit a line was sold in. Square names a standard unit by
//! an enum per kind (`weight_unit: IMPERIAL_POUND`, `length_unit: METRIC_METER`, …) and a
//! seller's own by `custom_unit {name, abbreviation}` (api.json, `MeasurementUnit` and the
//! `MeasurementUnit*` enums). Each standard unit is given its symbol, its English name and its
//! UN/ECE Recommendation 20 common code, the names ERPs file units under.

use osd_model::SaleUnit;
use serde_json::Value;

/// Square's enum value → (symbol, name, UN/ECE Rec 20 code).
const STANDARD: &[(&str, &str, &str, &str)] = &[
    ("IMPERIAL_ACRE", "ac", "acre", "ACR"),
    ("IMPERIAL_SQUARE_INCH", "sq in", "square inch", "INK"),
    ("IMPERIAL_SQUARE_FOOT", "sq ft", "square foot", "FTK"),
    ("IMPERIAL_SQUARE_YARD", "sq yd", "square yard", "YDK"),
    ("IMPERIAL_SQUARE_MILE", "sq mi", "square mile", "MIK"),
    (
        "METRIC_SQUARE_CENTIMETER",
        "cm²",
        "square centimetre",
        "CMK",
    ),
    ("METRIC_SQUARE_METER", "m²", "square metre", "MTK"),
    ("METRIC_SQUARE_KILOMETER", "km²", "square kilometre", "KMK"),
    ("IMPERIAL_INCH", "in", "inch", "INH"),
    ("IMPERIAL_FOOT", "ft", "foot", "FOT"),
    ("IMPERIAL_YARD", "yd", "yard", "YRD"),
    ("IMPERIAL_MILE", "mi", "mile", "SMI"),
    ("METRIC_MILLIMETER", "mm", "millimetre", "MMT"),
    ("METRIC_CENTIMETER", "cm", "centimetre", "CMT"),
    ("METRIC_METER", "m", "metre", "MTR"),
    ("METRIC_KILOMETER", "km", "kilometre", "KMT"),
    ("GENERIC_FLUID_OUNCE", "fl oz", "fluid ounce", "OZA"),
    ("GENERIC_SHOT", "shot", "shot", ""),
    ("GENERIC_CUP", "cup", "cup", "G21"),
    ("GENERIC_PINT", "pt", "pint", "PTI"),
    ("GENERIC_QUART", "qt", "quart", "QTI"),
    ("GENERIC_GALLON", "gal", "gallon", "GLL"),
    ("IMPERIAL_CUBIC_INCH", "cu in", "cubic inch", "INQ"),
    ("IMPERIAL_CUBIC_FOOT", "cu ft", "cubic foot", "FTQ"),
    ("IMPERIAL_CUBIC_YARD", "cu yd", "cubic yard", "YDQ"),
    ("METRIC_MILLILITER", "ml", "millilitre", "MLT"),
    ("METRIC_LITER", "l", "litre", "LTR"),
    ("IMPERIAL_WEIGHT_OUNCE", "oz", "ounce", "ONZ"),
    ("IMPERIAL_POUND", "lb", "pound", "LBR"),
    ("IMPERIAL_STONE", "st", "stone", "STI"),
    ("METRIC_MILLIGRAM", "mg", "milligram", "MGM"),
    ("METRIC_GRAM", "g", "gram", "GRM"),
    ("METRIC_KILOGRAM", "kg", "kilogram", "KGM"),
    ("GENERIC_MILLISECOND", "ms", "millisecond", "C26"),
    ("GENERIC_SECOND", "s", "second", "SEC"),
    ("GENERIC_MINUTE", "min", "minute", "MIN"),
    ("GENERIC_HOUR", "h", "hour", "HUR"),
    ("GENERIC_DAY", "d", "day", "DAY"),
];

/// The unit of a line's `quantity_unit.measurement_unit`; `None` for pieces (no unit, or
/// `generic_unit: UNIT`). An enum value Square adds later is kept under its own name, so the
/// ERP check still asks about it rather than booking it as pieces.
pub fn sale_unit(measurement_unit: &Value) -> Option<SaleUnit> {
    if let Some(custom) = measurement_unit.get("custom_unit") {
        let name = custom
            .get("name")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        let symbol = custom
            .get("abbreviation")
            .and_then(Value::as_str)
            .unwrap_or("")
            .trim();
        if name.is_empty() && symbol.is_empty() {
            return None;
        }
        return Some(SaleUnit {
            symbol: if symbol.is_empty() { name } else { symbol }.to_string(),
            name: if name.is_empty() { symbol } else { name }.to_string(),
            code: None,
        });
    }
    let standard = [
        "area_unit",
        "length_unit",
        "volume_unit",
        "weight_unit",
        "time_unit",
    ]
    .iter()
    .find_map(|kind| measurement_unit.get(kind).and_then(Value::as_str))?;
    Some(
        match STANDARD.iter().find(|(square, ..)| *square == standard) {
            Some((_, symbol, name, code)) => SaleUnit {
                symbol: symbol.to_string(),
                name: name.to_string(),
                code: (!code.is_empty()).then(|| code.to_string()),
            },
            None => SaleUnit {
                symbol: standard.to_string(),
                name: standard.to_lowercase().replace('_', " "),
                code: None,
            },
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn custom_and_generic_units() {
        let bunch = sale_unit(&json!({"custom_unit": {"name": "bunch", "abbreviation": "bn"}}));
        assert_eq!(bunch.unwrap().label(), "bunch (bn)");
        assert_eq!(sale_unit(&json!({"generic_unit": "UNIT"})), None);
        assert_eq!(
            sale_unit(&json!({"weight_unit": "IMPERIAL_POUND"}))
                .unwrap()
                .code
                .as_deref(),
            Some("LBR")
        );
    }
}
