//! "Did you mean": the closest candidates to a misspelt name or code.

/// Edit distance (insertions, deletions, substitutions, and transpositions of neighbours) between
/// `a` and `b`, in characters.
#[must_use]
pub fn distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    bounded_distance(&a, &b, usize::MAX).unwrap_or(usize::MAX)
}

/// The edit distance of `a` and `b` if it is at most `limit`: a length difference over the
/// limit is rejected at once, and the computation stops when every cell of a row is past it, so
/// that suggesting among thousands of candidates, for thousands of problems, stays fast.
fn bounded_distance(a: &[char], b: &[char], limit: usize) -> Option<usize> {
    if a.len().abs_diff(b.len()) > limit {
        return None;
    }
    // rows[i][j]: distance between a[..i] and b[..j]; three rows are enough.
    let mut before: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    let mut current = vec![0; b.len() + 1];
    for i in 1..=a.len() {
        current[0] = i;
        let mut row_min = current[0];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (previous[j - 1] + cost)
                .min(previous[j] + 1)
                .min(current[j - 1] + 1);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(before[j - 2] + 1);
            }
            current[j] = best;
            row_min = row_min.min(best);
        }
        if row_min > limit {
            return None;
        }
        core::mem::swap(&mut before, &mut previous);
        core::mem::swap(&mut previous, &mut current);
    }
    Some(previous[b.len()]).filter(|&distance| distance <= limit)
}

/// Texts longer than this many characters are neither suggested nor given suggestions.
pub const SUGGEST_MAX_CHARS: usize = 200;

/// The candidates close enough to `wrong` to be what was meant, closest first (at most three;
/// ties keep the candidates' order).
///
/// Close enough: within a third of the longer text's length, and as close as the closest; a
/// difference of case only counts one edit, so `limitexceeded.dailylimit` finds
/// `LimitExceeded.DailyLimit`.
pub fn closest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Vec<&'a str> {
    // The distance of two texts costs the product of their lengths: two near-identical codes of
    // 50,000 characters would take seconds, and nobody misspells a code that long.
    if wrong.chars().nth(SUGGEST_MAX_CHARS).is_some() {
        return Vec::new();
    }
    let wrong_chars: Vec<char> = wrong.chars().collect();
    let wrong_lower: Vec<char> = wrong.to_lowercase().chars().collect();
    let mut scored: Vec<(usize, usize, &str)> = candidates
        .into_iter()
        .enumerate()
        .filter_map(|(order, candidate)| {
            if candidate.chars().nth(SUGGEST_MAX_CHARS).is_some() {
                return None;
            }
            let length = candidate.chars().count();
            let limit = (wrong_chars.len().max(length) / 3).max(1);
            // A truncated name (`retry` for `retryable`) counts as one edit away; a candidate that
            // is only a prefix of the input (`LimitExceeded` for `LimitExceeded.DailyLimt`) does not.
            if candidate == wrong {
                return None;
            }
            if wrong.len() >= 3 && candidate.starts_with(wrong) {
                return (1 <= limit).then_some((1, order, candidate));
            }
            // Case differences cost one edit more than the distance of the lower-cased texts.
            if length.abs_diff(wrong_chars.len()) > limit + 1 {
                return None;
            }
            let chars: Vec<char> = candidate.chars().collect();
            let exact = bounded_distance(&wrong_chars, &chars, limit).unwrap_or(usize::MAX);
            let lower: Vec<char> = candidate.to_lowercase().chars().collect();
            let folded = bounded_distance(&wrong_lower, &lower, limit)
                .map_or(usize::MAX, |distance| distance + 1);
            let score = exact.min(folded);
            (score <= limit).then_some((score, order, candidate))
        })
        .collect();
    scored.sort_unstable();
    // Only the closest are suggested: a one-letter typo gets one suggestion, ties get several.
    let best = scored.first().map_or(0, |(score, _, _)| *score);
    scored
        .into_iter()
        .take_while(|(score, _, _)| *score == best)
        .take(3)
        .map(|(_, _, candidate)| candidate)
        .collect()
}

/// `did you mean "a"?` / `did you mean one of "a", "b"?`, or `None` when nothing is close.
pub fn did_you_mean<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<String> {
    did_you_mean_shown(wrong, candidates, |candidate| format!("{candidate:?}"))
}

/// [`did_you_mean`], showing each candidate with `show` (integer codes go unquoted).
pub fn did_you_mean_shown<'a>(
    wrong: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    show: impl Fn(&str) -> String,
) -> Option<String> {
    let close: Vec<String> = closest(wrong, candidates).into_iter().map(show).collect();
    match close.as_slice() {
        [] => None,
        [only] => Some(format!("did you mean {only}?")),
        several => Some(format!("did you mean one of {}?", several.join(", "))),
    }
}

/// `"a", "b", "c"`.
pub fn quoted_list(items: &[&str]) -> String {
    items
        .iter()
        .map(|item| format!("{item:?}"))
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distance_counts_edits() {
        assert_eq!(distance("", "abc"), 3);
        assert_eq!(distance("kitten", "sitting"), 3);
        assert_eq!(distance("DailyLimt", "DailyLimit"), 1);
        assert_eq!(distance("航空", "航天"), 1);
        assert_eq!(distance("dco", "doc"), 1, "a transposition is one edit");
        assert_eq!(distance("ab", "ba"), 1);
        assert_eq!(distance("abc", "ca"), 3);
    }

    #[test]
    fn closest_orders_by_distance_and_caps_at_three() {
        let codes = [
            "LimitExceeded.DailyLimit",
            "LimitExceeded.AppDailyLimit",
            "InternalError",
        ];
        assert_eq!(
            closest("LimitExceeded.DailyLimt", codes),
            ["LimitExceeded.DailyLimit"]
        );
        assert_eq!(
            closest("DailyLimiX", ["DailyLimXY", "DailyLimit", "DailyLimiY"]),
            ["DailyLimit", "DailyLimiY"],
            "ties in candidate order, the farther one left out"
        );
        assert_eq!(
            closest("limitexceeded.dailylimit", codes),
            ["LimitExceeded.DailyLimit"]
        );
        assert!(closest("Nothing.Like.It", codes).is_empty());
        assert_eq!(closest("mesage", ["message", "section"]), ["message"]);
        assert_eq!(closest("retry", ["retryable", "message"]), ["retryable"]);
        assert_eq!(
            closest(
                "LimitExceeded.DailyLimt",
                ["LimitExceeded", "LimitExceeded.DailyLimit"]
            ),
            ["LimitExceeded.DailyLimit"]
        );
    }

    #[test]
    fn texts_too_long_to_misspell_get_no_suggestion() {
        let long = "x".repeat(SUGGEST_MAX_CHARS + 1);
        let longer = format!("{long}y");
        assert!(closest(&long, [longer.as_str()]).is_empty());
        assert!(closest("xy", [long.as_str()]).is_empty());
        let fits = "x".repeat(SUGGEST_MAX_CHARS);
        assert_eq!(closest(&fits, [long.as_str(), "x"]), Vec::<&str>::new());
        assert_eq!(
            closest(&format!("{fits}y")[1..], [fits.as_str()]),
            [fits.as_str()]
        );
    }

    #[test]
    fn did_you_mean_phrases() {
        assert_eq!(
            did_you_mean("kind", ["kinds"]).as_deref(),
            Some("did you mean \"kinds\"?")
        );
        assert_eq!(
            did_you_mean("ab", ["aa", "bb"]).as_deref(),
            Some("did you mean one of \"aa\", \"bb\"?")
        );
        assert_eq!(did_you_mean("zzzz", ["aa"]), None);
    }
}
