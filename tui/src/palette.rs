//! The `:` command palette: every action by name, ranked against what is typed with
//! fuzzy matching (`nucleo-matcher`, the matcher behind helix's pickers).

use nucleo_matcher::pattern::{CaseMatching, Normalization, Pattern};
use nucleo_matcher::{Config, Matcher, Utf32Str};

use crate::keymap::Action;

/// Actions offered by the palette, best match first (all of them for empty input).
pub fn matches(input: &str) -> Vec<Action> {
    let input = input.trim();
    if input.is_empty() {
        return Action::ALL.to_vec();
    }
    let mut matcher = Matcher::new(Config::DEFAULT);
    let pattern = Pattern::parse(input, CaseMatching::Ignore, Normalization::Smart);
    let mut buf = Vec::new();
    let mut scored: Vec<(u32, usize, Action)> = Action::ALL
        .iter()
        .enumerate()
        .filter_map(|(i, &a)| {
            let hay = Utf32Str::new(a.name(), &mut buf);
            pattern.score(hay, &mut matcher).map(|s| (s, i, a))
        })
        .collect();
    // Best score first; ties keep the help order so results are stable.
    scored.sort_by(|x, y| y.0.cmp(&x.0).then(x.1.cmp(&y.1)));
    scored.into_iter().map(|(_, _, a)| a).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fuzzy_input_finds_the_action() {
        assert_eq!(matches("usr")[0], Action::TabUsers);
        assert_eq!(matches("rstpw")[0], Action::ResetPassword);
        assert_eq!(matches("cre")[0], Action::Create);
        assert!(matches("zzzz").is_empty());
        assert_eq!(matches("").len(), Action::ALL.len());
    }
}
