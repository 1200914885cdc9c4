//! The table printed after the benchmarks: divan's medians, per catalog and mix, with the ratio
//! of the generated lookup to the fastest alternative and to `FxHashMap`.
//!
//! divan prints a tree and has no machine-readable output, so the benchmark binary runs itself
//! as a child (five times), passes its output through, and reads the medians back from it.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::{BufRead as _, BufReader, Write as _};
use std::process::{Command, Stdio};

/// Set in the child that runs the benchmarks.
const CHILD: &str = "ERROR_CATALOG_BENCH_CHILD";

/// The alternatives, as the benchmarks name them, and as the table names them.
const ALTERNATIVES: [(&str, &str); 4] = [
    ("std_hashmap", "std HashMap"),
    ("fx_hashmap", "FxHashMap"),
    ("phf_map", "phf"),
    ("plain_match", "match"),
];
const MIXES: [&str; 3] = ["hits", "misses", "realistic"];
const ACCESSORS: [&str; 3] = ["code", "message", "display"];

/// How many times the benchmarks run by default; the table keeps each one's best median, so a
/// burst of noise from another process on the machine does not decide a ratio.
const RUNS: usize = 5;

/// Runs `bench` in a child process (this same binary, same arguments) `RUNS` times (or
/// `ERROR_CATALOG_BENCH_RUNS`), echoing its output, then prints the table of ratios from each
/// benchmark's best median. In the child, or when only listing or testing the benchmarks, just
/// runs `bench`.
///
/// # Panics
///
/// If a child cannot be waited for or fails.
pub fn main(bench: impl FnOnce()) {
    let listing =
        std::env::args().any(|arg| matches!(arg.as_str(), "--list" | "--test" | "--help" | "-h"));
    if std::env::var_os(CHILD).is_some() || listing {
        bench();
        return;
    }
    let runs = std::env::var("ERROR_CATALOG_BENCH_RUNS")
        .ok()
        .and_then(|runs| runs.parse().ok())
        .unwrap_or(RUNS)
        .max(1);
    let mut best: BTreeMap<Vec<String>, f64> = BTreeMap::new();
    for run in 1..=runs {
        println!("run {run} of {runs}");
        let Some(output) = run_child() else {
            // No child (an odd platform): the benchmarks without the table.
            bench();
            return;
        };
        for (path, nanos) in medians(&output) {
            let entry = best.entry(path).or_insert(nanos);
            *entry = entry.min(nanos);
        }
    }
    let table = table(&best);
    if !table.is_empty() {
        println!("\nBest of {runs} runs.\n\n{table}");
    }
}

/// Runs the benchmarks in a child, echoing and returning its output; `None` if it cannot start.
fn run_child() -> Option<String> {
    let mut child = std::env::current_exe()
        .and_then(|exe| {
            Command::new(exe)
                .args(std::env::args_os().skip(1))
                .env(CHILD, "1")
                .stdout(Stdio::piped())
                .spawn()
        })
        .ok()?;
    let mut output = String::new();
    if let Some(stdout) = child.stdout.take() {
        let mut out = std::io::stdout().lock();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            let _ = writeln!(out, "{line}");
            let _ = out.flush();
            output.push_str(&line);
            output.push('\n');
        }
    }
    let status = child.wait().expect("wait for the benchmarks");
    assert!(status.success(), "the benchmarks failed: {status}");
    Some(output)
}

/// Every benchmark's median in nanoseconds, by path (`["tencent_sms", "hits", "from_code"]`),
/// read from divan's tree. The root (the binary's name) is left out.
#[must_use]
pub fn medians(output: &str) -> BTreeMap<Vec<String>, f64> {
    let mut medians = BTreeMap::new();
    let mut path: Vec<String> = Vec::new();
    for line in output.lines() {
        // name+fastest │ slowest │ median │ mean │ samples │ iters: the tree's own `│` are all
        // in the first column.
        let columns: Vec<&str> = line.rsplitn(6, '│').collect();
        let [_, _, _, median, _, first] = columns[..] else {
            continue;
        };
        let name_at = first
            .char_indices()
            .find(|&(_, c)| !matches!(c, ' ' | '│' | '├' | '╰' | '─'))
            .map_or(first.len(), |(at, _)| at);
        let depth = first[..name_at].chars().count() / 3;
        let Some(name) = first[name_at..].split_whitespace().next() else {
            continue;
        };
        path.truncate(depth);
        path.push(name.to_owned());
        if let Some(nanos) = parse_time(median.trim()) {
            medians.insert(path[1..].to_vec(), nanos);
        }
    }
    medians
}

/// `"6.183 ns"` → 6.183; divan's units are ps, ns, µs, ms and s.
fn parse_time(text: &str) -> Option<f64> {
    let (number, unit) = text.split_once(' ')?;
    let number: f64 = number.parse().ok()?;
    let scale = match unit {
        "ps" => 1e-3,
        "ns" => 1.0,
        "µs" | "us" => 1e3,
        "ms" => 1e6,
        "s" => 1e9,
        _ => return None,
    };
    Some(number * scale)
}

fn ns(value: Option<f64>) -> String {
    value.map_or_else(|| "–".to_owned(), |value| format!("{value:.2}"))
}

/// The Markdown tables: lookups (one row per catalog and mix) and accessors (one row per
/// catalog). Empty when there is nothing to show.
#[must_use]
pub fn table(medians: &BTreeMap<Vec<String>, f64>) -> String {
    let get = |catalog: &str, rest: &[&str]| {
        let mut path = vec![catalog.to_owned()];
        path.extend(rest.iter().map(|part| (*part).to_owned()));
        medians.get(&path).copied()
    };
    let mut catalogs: Vec<&str> = Vec::new();
    for path in medians.keys() {
        if !catalogs.contains(&path[0].as_str()) {
            catalogs.push(&path[0]);
        }
    }
    let mut out = String::new();
    let mut lookups = String::new();
    for catalog in &catalogs {
        for mix in MIXES {
            let Some(generated) = get(catalog, &[mix, "from_code"]) else {
                continue;
            };
            let alternatives: Vec<Option<f64>> = ALTERNATIVES
                .iter()
                .map(|(name, _)| get(catalog, &[mix, name]))
                .collect();
            let best = ALTERNATIVES
                .iter()
                .zip(&alternatives)
                .filter_map(|((_, shown), time)| time.map(|time| (time, *shown)))
                .min_by(|a, b| a.0.total_cmp(&b.0));
            let fx = alternatives[1];
            let _ = write!(
                lookups,
                "| {catalog} | {mix} | {} | {} |",
                ns(Some(generated)),
                ns(get(catalog, &[mix, "from_str"]))
            );
            for time in &alternatives {
                let _ = write!(lookups, " {} |", ns(*time));
            }
            match best {
                Some((time, shown)) => {
                    let _ = write!(lookups, " {:.2} ({shown}) |", generated / time);
                }
                None => lookups.push_str(" – |"),
            }
            match fx {
                Some(time) => {
                    let _ = writeln!(lookups, " {:.2} |", generated / time);
                }
                None => lookups.push_str(" – |\n"),
            }
        }
    }
    if !lookups.is_empty() {
        out.push_str("Median ns per lookup; ratio = generated `from_code` ÷ alternative.\n\n");
        out.push_str("| catalog | mix | from_code | FromStr |");
        for (_, shown) in ALTERNATIVES {
            let _ = write!(out, " {shown} |");
        }
        out.push_str(" ÷ best alternative | ÷ FxHashMap |\n|---|---|");
        out.push_str(&"---:|".repeat(ALTERNATIVES.len() + 4));
        out.push('\n');
        out.push_str(&lookups);
    }
    let mut accessors = String::new();
    for catalog in &catalogs {
        let times: Vec<Option<f64>> = ACCESSORS.iter().map(|name| get(catalog, &[name])).collect();
        if times.iter().all(Option::is_none) {
            continue;
        }
        let _ = write!(accessors, "| {catalog} |");
        for time in times {
            let _ = write!(accessors, " {} |", ns(time));
        }
        accessors.push('\n');
    }
    if !accessors.is_empty() {
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str("Median ns per call.\n\n| catalog | code() | message() | Display |\n");
        out.push_str("|---|---:|---:|---:|\n");
        out.push_str(&accessors);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const DIVAN: &str = "\
Timer precision: 20 ns
lookup                fastest       │ slowest       │ median        │ mean          │ samples │ iters
╰─ tencent_sms                      │               │               │               │         │
   ├─ code            0.849 ns      │ 1.832 ns      │ 1.216 ns      │ 1.215 ns      │ 100     │ 204800
   ├─ hits                          │               │               │               │         │
   │  ├─ from_code    5.128 ns      │ 12.32 ns      │ 6 ns          │ 6.483 ns      │ 100     │ 25600
   │  ├─ fx_hashmap   10.05 ns      │ 19.21 ns      │ 12 ns         │ 12.77 ns      │ 100     │ 12800
   │  ╰─ plain_match  13.74 ns      │ 65.37 ns      │ 10 ns         │ 25.96 ns      │ 100     │ 3200
   ╰─ misses                        │               │               │               │         │
      ╰─ phf_map      26.55 ns      │ 64.43 ns      │ 1.5 µs        │ 35.87 ns      │ 100     │ 3200
";

    #[test]
    fn medians_are_read_from_the_tree() {
        let medians = medians(DIVAN);
        let path = |parts: &[&str]| parts.iter().map(|p| (*p).to_owned()).collect::<Vec<_>>();
        assert_eq!(medians.len(), 5);
        assert_eq!(medians[&path(&["tencent_sms", "code"])], 1.216);
        assert_eq!(medians[&path(&["tencent_sms", "hits", "from_code"])], 6.0);
        assert_eq!(
            medians[&path(&["tencent_sms", "misses", "phf_map"])],
            1500.0
        );
    }

    #[test]
    fn the_table_divides_by_the_best_alternative_and_by_fx() {
        let shown = table(&medians(DIVAN));
        assert!(
            shown.contains(
                "| tencent_sms | hits | 6.00 | – | – | 12.00 | – | 10.00 | 0.60 (match) | 0.50 |"
            ),
            "{shown}"
        );
        assert!(shown.contains("| tencent_sms | 1.22 | – | – |"), "{shown}");
        assert!(table(&BTreeMap::new()).is_empty());
    }
}
