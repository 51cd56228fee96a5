//! Square's `Money`: "The amount of money, in the smallest denomination of the currency
//! indicated by `currency`. For example, when `currency` is `USD`, `amount` is in cents"
//! (OpenAPI `Money.amount`). The number of decimals per currency is ISO 4217's.

use rust_decimal::Decimal;

/// ISO 4217 currencies with no minor unit.
const NO_DECIMALS: [&str; 16] = [
    "BIF", "CLP", "DJF", "GNF", "ISK", "JPY", "KMF", "KRW", "PYG", "RWF", "UGX", "VND", "VUV",
    "XAF", "XOF", "XPF",
];
/// ISO 4217 currencies with three decimals.
const THREE_DECIMALS: [&str; 7] = ["BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"];

/// How many decimals the currency's smallest unit has.
pub fn decimals(currency: &str) -> u32 {
    if NO_DECIMALS.contains(&currency) {
        0
    } else if THREE_DECIMALS.contains(&currency) {
        3
    } else {
        2
    }
}

/// An amount in the smallest unit, as an exact decimal in the currency's main unit.
pub fn from_minor(amount: i64, currency: &str) -> Decimal {
    Decimal::new(amount, decimals(currency))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rust_decimal_macros::dec;

    #[test]
    fn each_currency_is_read_at_its_own_scale() {
        assert_eq!(from_minor(1999, "USD"), dec!(19.99));
        assert_eq!(from_minor(1999, "JPY"), dec!(1999));
        assert_eq!(from_minor(1999, "KWD"), dec!(1.999));
        assert_eq!(from_minor(-250, "EUR"), dec!(-2.50));
    }
}
