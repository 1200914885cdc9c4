//! `error-catalog`: the project's catalogs and diagnostics without a build, for the on-call
//! engineer with a vendor code in a log, the reviewer of a catalog change and the release
//! manager deciding a version bump.
//!
//! ```text
//! error-catalog explain <code>…      what a code is and what to do, in every catalog that has it
//! error-catalog lint <catalog>…      the macro's diagnostics, without a build
//! error-catalog diff <old> <new>     what changed, and the release it needs
//! error-catalog list [<catalog>]     the catalogs, or one catalog's entries
//! ```
//!
//! Exit status: 0 when all went well, 1 when a code is unknown, a catalog has problems or a file
//! cannot be read, 2 for a wrong command line.

use error_catalog_cli::{diff, explain, lint, list};

use clap::{Arg, ArgAction, ArgMatches, Command};
use std::io::BufRead as _;
use std::process::ExitCode;

fn catalog_arg() -> Arg {
    Arg::new("catalog")
        .long("catalog")
        .value_name("FILE")
        .action(ArgAction::Append)
        .help("A catalog file of your own, besides the built-in ones (replaces a built-in of the same id)")
}

fn overlay_arg(help: &'static str) -> Arg {
    Arg::new("overlay")
        .long("overlay")
        .value_name("[CATALOG=]FILE")
        .action(ArgAction::Append)
        .help(help)
}

fn format_arg(formats: &'static [&'static str]) -> Arg {
    Arg::new("format")
        .long("format")
        .value_name("FORMAT")
        .value_parser(clap::builder::PossibleValuesParser::new(formats))
        .default_value("text")
        .help("How to print")
}

fn command() -> Command {
    Command::new("error-catalog")
        .version(env!("CARGO_PKG_VERSION"))
        .about("Vendor API error codes: explain one from a log, lint a catalog, diff two versions, list the catalogs")
        .subcommand_required(true)
        .arg_required_else_help(true)
        .subcommand(
            Command::new("explain")
                .about("What a code (or symbol, or alias) is and what a sender does about it, in every catalog that has it")
                .long_about(
                    "What a code (or symbol, or alias) is and what a sender does about it, in every catalog that has it.\n\n\
                     Give the code as the vendor sent it (`isv.BUSINESS_LIMIT_CONTROL`, `1005`, `MK:0001`), or paste a \
                     log line or a response body: its words that a catalog knows are explained (a number only after a \
                     key such as `code` or `err`). `-` reads one query per line from standard input.",
                )
                .arg(Arg::new("codes").value_name("CODE").required(true).num_args(1..).allow_negative_numbers(true).help("Codes, symbols, aliases, log lines or response bodies; `-` for standard input"))
                .arg(catalog_arg())
                .arg(overlay_arg("An overlay, as an include applies it: `tencent_sms=errors/tencent_sms.toml`; a bare FILE amends the one --catalog"))
                .arg(Arg::new("in").long("in").value_name("CATALOG").action(ArgAction::Append).help("Look only in these catalogs"))
                .arg(Arg::new("json").long("json").action(ArgAction::SetTrue).help("Print JSON, for scripts")),
        )
        .subcommand(
            Command::new("lint")
                .about("The macro's diagnostics for catalogs, without a build: every problem at once, the same text")
                .arg(Arg::new("catalogs").value_name("CATALOG").required(true).num_args(1..).help("Catalog files, or built-in ids (to lint overlays on them)"))
                .arg(overlay_arg("An overlay applied to each catalog, in order, as `include_error_catalog!(…, overlay = FILE)` applies it; `CATALOG=FILE` amends only that catalog"))
                .arg(format_arg(&["text", "json"])),
        )
        .subcommand(
            Command::new("diff")
                .about("What changed between two versions of a catalog, and the release each change needs")
                .arg(Arg::new("files").value_name("FILE").required(true).num_args(1..=2).help("<old> <new>, or the one file with --git"))
                .arg(Arg::new("git").long("git").value_name("REV..REV").help("Compare FILE at two git revisions (`HEAD~1..HEAD`; `v0.1.0..` for the working tree)"))
                .arg(format_arg(&["text", "json"])),
        )
        .subcommand(
            Command::new("list")
                .about("The catalogs with their counts, or one catalog's entries")
                .arg(Arg::new("name").value_name("CATALOG").help("A catalog id or file: list its entries"))
                .arg(catalog_arg())
                .arg(overlay_arg("An overlay, as an include applies it: `tencent_sms=errors/tencent_sms.toml`"))
                .arg(format_arg(&["text", "tsv", "json"])),
        )
}

fn strings(matches: &ArgMatches, id: &str) -> Vec<String> {
    matches
        .get_many::<String>(id)
        .map(|values| values.cloned().collect())
        .unwrap_or_default()
}

/// The queries, with `-` replaced by the lines of standard input.
fn queries(given: Vec<String>) -> Result<Vec<String>, String> {
    let mut out = Vec::new();
    for query in given {
        if query == "-" {
            for line in std::io::stdin().lock().lines() {
                let line =
                    line.map_err(|error| format!("error: cannot read standard input: {error}"))?;
                if !line.trim().is_empty() {
                    out.push(line);
                }
            }
        } else {
            out.push(query);
        }
    }
    Ok(out)
}

fn run(matches: &ArgMatches) -> Result<bool, String> {
    match matches.subcommand() {
        Some(("explain", m)) => explain::run(
            &queries(strings(m, "codes"))?,
            &strings(m, "catalog"),
            &strings(m, "overlay"),
            &strings(m, "in"),
            m.get_flag("json"),
        ),
        Some(("lint", m)) => Ok(lint::run(
            &strings(m, "catalogs"),
            &strings(m, "overlay"),
            m.get_one::<String>("format").is_some_and(|f| f == "json"),
        )),
        Some(("diff", m)) => diff::run(
            &strings(m, "files"),
            m.get_one::<String>("git").map(String::as_str),
            m.get_one::<String>("format").is_some_and(|f| f == "json"),
        )
        .map(|_| true),
        Some(("list", m)) => {
            let format = match m.get_one::<String>("format").map(String::as_str) {
                Some("tsv") => list::Format::Tsv,
                Some("json") => list::Format::Json,
                _ => list::Format::Text,
            };
            list::run(
                m.get_one::<String>("name").map(String::as_str),
                &strings(m, "catalog"),
                &strings(m, "overlay"),
                format,
            )
            .map(|()| true)
        }
        // `subcommand_required`: clap has printed the usage and exited before this.
        _ => unreachable!("clap requires a subcommand"),
    }
}

fn main() -> ExitCode {
    let matches = command().get_matches();
    match run(&matches) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(1)
        }
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_command_line_is_consistent() {
        super::command().debug_assert();
    }
}
