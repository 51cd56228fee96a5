//! The pseudo-locale: every letter swapped for an accented look-alike and the text padded to
//! 140 % of its length inside brackets, so a clipped end or a word that never went through
//! the message files shows at a glance.

fn accented(c: char) -> char {
    const PLAIN: &str = "AaBbCcDdEeFfGgHhIiJjKkLlMmNnOoPpRrSsTtUuWwYyZz";
    const ACCENTED: &str = "ÅåƁƀĊċĎďÉéƑƒĜĝĤĥÎîĴĵĶķĻļṀṁŃńÖöƤƥŘřŠšŢţÛûŴŵÝýŽž";
    PLAIN
        .chars()
        .position(|p| p == c)
        .and_then(|i| ACCENTED.chars().nth(i))
        .unwrap_or(c)
}

pub fn stretch(text: &str) -> String {
    // An empty label stays empty, as it is in English.
    if text.is_empty() {
        return String::new();
    }
    let body: String = text.chars().map(accented).collect();
    let length = text.chars().count();
    // 40 % longer, counting the two brackets.
    let padding = (length * 2).div_ceil(5).saturating_sub(2).max(1);
    format!("[{body}{}]", "~".repeat(padding))
}
