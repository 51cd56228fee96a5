//! The app's words in English, German, French, Spanish and Dutch, from the Project Fluent
//! message files in `locales/<language>/` — the window reads the same folder — with plural
//! rules and placeables done by `fluent-bundle`, numbers, money and dates written the
//! language's way, the language the OS is set to, and a pseudo-locale (accented, 40 % longer)
//! that shows clipped or untranslated text at a glance.

mod check;
mod format;
mod pseudo;

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

pub use check::{placeables, MessageShape};

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Language {
    English,
    German,
    French,
    Spanish,
    Dutch,
    /// English, accented and 40 % longer: for finding clipped text and words outside the files.
    Pseudo,
}

impl Language {
    /// The languages the app ships, English first (the source the others are checked against).
    pub const SHIPPED: [Language; 5] = [
        Self::English,
        Self::German,
        Self::French,
        Self::Spanish,
        Self::Dutch,
    ];

    /// The BCP 47 tag: `en`, `de`, `fr`, `es`, `nl`; `en-XA` for the pseudo-locale.
    pub fn tag(self) -> &'static str {
        match self {
            Self::English => "en",
            Self::German => "de",
            Self::French => "fr",
            Self::Spanish => "es",
            Self::Dutch => "nl",
            Self::Pseudo => "en-XA",
        }
    }

    /// A language from a tag or an OS locale name (`de-AT`, `fr_BE.UTF-8`, `nl`); `None` for
    /// one the app does not speak.
    pub fn parse(tag: &str) -> Option<Self> {
        let tag = tag.split(['.', '@']).next().unwrap_or("").replace('_', "-");
        if tag.eq_ignore_ascii_case("en-XA") {
            return Some(Self::Pseudo);
        }
        let id: LanguageIdentifier = tag.parse().ok()?;
        match id.language.as_str() {
            "en" => Some(Self::English),
            "de" => Some(Self::German),
            "fr" => Some(Self::French),
            "es" => Some(Self::Spanish),
            "nl" => Some(Self::Dutch),
            _ => None,
        }
    }

    /// The language the OS is set to, when the app speaks it; English otherwise.
    pub fn of_system() -> Self {
        sys_locale::get_locales()
            .find_map(|tag| Self::parse(&tag))
            .unwrap_or(Self::English)
    }

    /// The message files the Rust side speaks from (`app.ftl`: tray, alerts, the report;
    /// `doctor.ftl`: findings, fixes, remedies; `cli.ftl`: the command line), as shipped in the
    /// binary. The window's own `window.ftl` is bundled by the front end.
    pub fn sources(self) -> [&'static str; 3] {
        macro_rules! files {
            ($tag:literal) => {
                [
                    include_str!(concat!("../../../locales/", $tag, "/app.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/doctor.ftl")),
                    include_str!(concat!("../../../locales/", $tag, "/cli.ftl")),
                ]
            };
        }
        match self {
            Self::English | Self::Pseudo => files!("en"),
            Self::German => files!("de"),
            Self::French => files!("fr"),
            Self::Spanish => files!("es"),
            Self::Dutch => files!("nl"),
        }
    }

    /// Its place in `ALL`.
    fn index(self) -> usize {
        match self {
            Self::English => 0,
            Self::German => 1,
            Self::French => 2,
            Self::Spanish => 3,
            Self::Dutch => 4,
            Self::Pseudo => 5,
        }
    }

    /// Every language the app can be set to, the pseudo-locale last.
    pub const ALL: [Language; 6] = [
        Self::English,
        Self::German,
        Self::French,
        Self::Spanish,
        Self::Dutch,
        Self::Pseudo,
    ];
}

/// The language the app speaks now, shared by everything that words a text (the check, the
/// monitor's alerts, the report): set once from Settings, read at each wording, so a change
/// reaches the next finding, alert and report without reconnecting anything.
#[derive(Debug, Clone, Default)]
pub struct Speaking(Arc<AtomicUsize>);

impl Speaking {
    pub fn new(language: Language) -> Self {
        let speaking = Self::default();
        speaking.set(language);
        speaking
    }

    pub fn get(&self) -> Language {
        Language::ALL
            .get(self.0.load(Ordering::Relaxed))
            .copied()
            .unwrap_or(Language::English)
    }

    pub fn set(&self, language: Language) {
        self.0.store(language.index(), Ordering::Relaxed);
    }

    pub fn words(&self) -> &'static Words {
        Words::of(self.get())
    }
}

/// A value for a placeable: a number (chooses the plural form) or a text.
#[derive(Debug, Clone)]
pub enum Arg<'a> {
    Number(f64),
    Text(&'a str),
}

impl From<i64> for Arg<'_> {
    fn from(n: i64) -> Self {
        Self::Number(n as f64)
    }
}

impl From<u32> for Arg<'_> {
    fn from(n: u32) -> Self {
        Self::Number(f64::from(n))
    }
}

impl From<usize> for Arg<'_> {
    fn from(n: usize) -> Self {
        Self::Number(n as f64)
    }
}

impl<'a> From<&'a String> for Arg<'a> {
    fn from(text: &'a String) -> Self {
        Self::Text(text)
    }
}

impl<'a> From<&'a str> for Arg<'a> {
    fn from(text: &'a str) -> Self {
        Self::Text(text)
    }
}

/// The words of one language, with English behind them for any message a file lacks (the CI
/// check keeps that from happening in a release).
pub struct Words {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

fn bundle(language: Language) -> FluentBundle<FluentResource> {
    let tag: LanguageIdentifier = match language {
        Language::Pseudo => "en".parse(),
        other => other.tag().parse(),
    }
    .unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![tag]);
    // No Unicode isolation marks around values: they show as boxes in tray menus and
    // notifications, and none of the five languages is written right to left.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format::formatter(language)));
    for source in language.sources() {
        // The shipped files are checked in CI; a file with a mistake still gives its good
        // messages.
        let resource =
            FluentResource::try_new(source.to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
    }
    bundle
}

impl Words {
    /// The words of a language, read once per process and shared (parsing every file each
    /// time a finding is worded would cost more than the check itself).
    pub fn of(language: Language) -> &'static Words {
        static LOADED: [OnceLock<Words>; 6] = [const { OnceLock::new() }; 6];
        LOADED[language.index()].get_or_init(|| Words {
            language,
            bundle: bundle(language),
        })
    }

    /// The source language's bundle: the one behind every other, and the one that says which
    /// messages exist.
    fn english() -> &'static FluentBundle<FluentResource> {
        &Words::of(Language::English).bundle
    }

    pub fn language(&self) -> Language {
        self.language
    }

    /// Whether the files have this message (a variant such as `…-keyless` is optional).
    pub fn has(&self, id: &str) -> bool {
        Self::english().has_message(id)
    }

    /// A message without placeables.
    pub fn get(&self, id: &str) -> String {
        self.with(id, &[])
    }

    /// A message with its placeables filled in; the message's id when no file has it.
    pub fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Number(n) => fluent_args.set(*name, FluentValue::from(*n)),
                Arg::Text(t) => fluent_args.set(*name, FluentValue::from(*t)),
            }
        }
        let text = [&self.bundle, Self::english()]
            .into_iter()
            .find_map(|bundle| {
                let pattern = bundle.get_message(id)?.value()?;
                let mut errors = Vec::new();
                Some(
                    bundle
                        .format_pattern(pattern, Some(&fluent_args), &mut errors)
                        .into_owned(),
                )
            })
            .unwrap_or_else(|| id.to_string());
        match self.language {
            Language::Pseudo => pseudo::stretch(&text),
            _ => text,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn os_locale_names_are_read_and_unknown_ones_refused() {
        assert_eq!(Language::parse("de_AT.UTF-8"), Some(Language::German));
        assert_eq!(Language::parse("fr-BE"), Some(Language::French));
        assert_eq!(Language::parse("nl"), Some(Language::Dutch));
        assert_eq!(Language::parse("es_MX@euro"), Some(Language::Spanish));
        assert_eq!(Language::parse("en-XA"), Some(Language::Pseudo));
        assert_eq!(Language::parse("ja_JP"), None);
        assert_eq!(Language::parse(""), None);
        for language in Language::SHIPPED {
            assert_eq!(Language::parse(language.tag()), Some(language));
        }
    }

    #[test]
    fn plurals_follow_each_language_and_placeables_are_filled() {
        let waiting = |language, n: usize| {
            Words::of(language).with(
                "orders-waiting",
                &[("count", n.into()), ("erp", "NetSuite".into())],
            )
        };
        assert_eq!(
            waiting(Language::English, 1),
            "1 order is waiting to reach NetSuite."
        );
        assert_eq!(
            waiting(Language::English, 37),
            "37 orders are waiting to reach NetSuite."
        );
        assert_eq!(
            waiting(Language::German, 1),
            "1 Auftrag wartet darauf, NetSuite zu erreichen."
        );
        assert_eq!(
            waiting(Language::German, 2),
            "2 Aufträge warten darauf, NetSuite zu erreichen."
        );
        // French counts 0 and 1 as singular (CLDR), unlike English.
        assert_eq!(
            waiting(Language::French, 0),
            "0 commande attend d’arriver dans NetSuite."
        );
        assert_eq!(
            waiting(Language::English, 0),
            "0 orders are waiting to reach NetSuite."
        );
        assert_eq!(Words::of(Language::Dutch).get("tray-quit"), "Afsluiten");
    }

    #[test]
    fn a_message_no_file_has_is_its_id_and_pseudo_is_longer_and_accented() {
        assert_eq!(
            Words::of(Language::Spanish).get("no-such-message"),
            "no-such-message"
        );
        let plain = Words::of(Language::English).get("tray-status-blocked");
        let stretched = Words::of(Language::Pseudo).get("tray-status-blocked");
        assert!(stretched.chars().count() as f64 >= plain.chars().count() as f64 * 1.4);
        assert!(!stretched.contains("Order"), "{stretched}");
        assert!(stretched.starts_with('[') && stretched.ends_with(']'));
    }
}
