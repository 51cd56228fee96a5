//! Numbers, money and dates written the way each language writes them (CLDR's patterns for
//! en, de, fr, es, nl), the same as the window's `Intl` formats give, so a count reads
//! "1,234" in an English alert and "1.234" in a German one.

use fluent_bundle::FluentValue;

use crate::Language;

struct Separators {
    group: &'static str,
    decimal: char,
    /// Spanish groups only numbers of five digits or more ("1234", "12.345"): CLDR's
    /// minimumGroupingDigits of 2.
    min_grouping: usize,
}

fn separators(language: Language) -> Separators {
    match language {
        Language::English | Language::Pseudo => Separators {
            group: ",",
            decimal: '.',
            min_grouping: 1,
        },
        Language::German | Language::Dutch => Separators {
            group: ".",
            decimal: ',',
            min_grouping: 1,
        },
        // French groups with a narrow no-break space (CLDR since v34).
        Language::French => Separators {
            group: "\u{202f}",
            decimal: ',',
            min_grouping: 1,
        },
        Language::Spanish => Separators {
            group: ".",
            decimal: ',',
            min_grouping: 2,
        },
    }
}

fn grouped(digits: &str, separators: &Separators) -> String {
    if digits.len() < 4 + separators.min_grouping - 1 {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, digit) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push_str(separators.group);
        }
        out.push(digit);
    }
    out
}

impl Language {
    /// A number with the language's grouping and decimal mark, with `decimals` digits after
    /// the mark (none for a count).
    pub fn number(self, value: f64, decimals: usize) -> String {
        let separators = separators(self);
        let plain = format!("{:.*}", decimals, value.abs());
        let (whole, fraction) = plain.split_once('.').unwrap_or((&plain, ""));
        let mut out = String::new();
        if value < 0.0 && plain.chars().any(|c| c.is_ascii_digit() && c != '0') {
            out.push('-');
        }
        out.push_str(&grouped(whole, &separators));
        if !fraction.is_empty() {
            out.push(separators.decimal);
            out.push_str(fraction);
        }
        out
    }

    /// An amount with its ISO currency code where the language puts it ("EUR 1,234.50",
    /// "1.234,50 EUR"): the code, not a symbol, because "$" alone is ambiguous across stores.
    pub fn money(self, amount: f64, currency: &str) -> String {
        let number = self.number(amount, 2);
        match self {
            Language::English | Language::Pseudo | Language::Dutch => {
                format!("{currency}\u{a0}{number}")
            }
            _ => format!("{number}\u{a0}{currency}"),
        }
    }

    /// A calendar day the way the language writes it in running text ("Dec 6, 2026",
    /// "06.12.2026", "6 déc. 2026", "6 dic 2026", "6 dec 2026"); `month` counts from 1.
    pub fn date(self, year: i32, month: u32, day: u32) -> String {
        const EN: [&str; 12] = [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ];
        const FR: [&str; 12] = [
            "janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
            "nov.", "déc.",
        ];
        const ES: [&str; 12] = [
            "ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic",
        ];
        const NL: [&str; 12] = [
            "jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
        ];
        let index = month.clamp(1, 12) as usize - 1;
        match self {
            Language::English | Language::Pseudo => format!("{} {day}, {year}", EN[index]),
            Language::German => format!("{day:02}.{month:02}.{year}"),
            Language::French => format!("{day} {} {year}", FR[index]),
            Language::Spanish => format!("{day} {} {year}", ES[index]),
            Language::Dutch => format!("{day} {} {year}", NL[index]),
        }
    }
}

fn whole_numbers<M, const LANGUAGE: usize>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(number)
            if number.value.fract() == 0.0
                && number.value.abs() < 1e15
                && number.options.minimum_fraction_digits.is_none() =>
        {
            Some(Language::ALL[LANGUAGE].number(number.value, 0))
        }
        _ => None,
    }
}

/// The bundle's number formatter: `fluent-bundle` writes numbers without grouping.
pub(crate) fn formatter<M>(language: Language) -> fn(&FluentValue, &M) -> Option<String> {
    match language {
        Language::English => whole_numbers::<M, 0>,
        Language::German => whole_numbers::<M, 1>,
        Language::French => whole_numbers::<M, 2>,
        Language::Spanish => whole_numbers::<M, 3>,
        Language::Dutch => whole_numbers::<M, 4>,
        Language::Pseudo => whole_numbers::<M, 5>,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_money_and_dates_follow_each_language() {
        use Language::*;
        assert_eq!(English.number(1234567.0, 0), "1,234,567");
        assert_eq!(German.number(1234.5, 2), "1.234,50");
        assert_eq!(French.number(1234.0, 0), "1\u{202f}234");
        assert_eq!(Spanish.number(1234.0, 0), "1234");
        assert_eq!(Spanish.number(12345.0, 0), "12.345");
        assert_eq!(Dutch.number(-0.004, 2), "0,00");
        assert_eq!(English.number(-12.5, 2), "-12.50");
        assert_eq!(English.money(1234.5, "USD"), "USD\u{a0}1,234.50");
        assert_eq!(German.money(1234.5, "EUR"), "1.234,50\u{a0}EUR");
        assert_eq!(English.date(2026, 12, 6), "Dec 6, 2026");
        assert_eq!(German.date(2026, 3, 6), "06.03.2026");
        assert_eq!(French.date(2026, 2, 1), "1 févr. 2026");
    }

    #[test]
    fn counts_in_messages_are_grouped() {
        let words = crate::Words::of(Language::German);
        let text = words.with(
            "orders-waiting",
            &[("count", 1234usize.into()), ("erp", "NetSuite".into())],
        );
        assert!(text.starts_with("1.234 "), "{text}");
    }
}
