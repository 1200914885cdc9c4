#!/usr/bin/env bash
# Compile cost and binary size of error-catalog, as reported in docs/PERFORMANCE.md.
#
#   bash benches/compile-cost.sh            # everything (about 5 minutes on 2 cores)
#   RUNS=5 bash benches/compile-cost.sh     # best of 5 instead of 3
#
# It writes throwaway user crates and build directories under target/compile-cost/ and prints
# Markdown tables. Timings are wall-clock seconds, the best of $RUNS; run it on an idle machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/compile-cost"
runs="${RUNS:-3}"
# The built-in catalogs are the files of catalogs/; each names its enum.
catalogs=()
enums=()
for file in "$root"/catalogs/*.toml; do
  catalogs+=("$(basename "$file" .toml)")
  enums+=("$(sed -n 's/^enum = "\(.*\)"$/\1/p' "$file")")
done
export CARGO_TERM_COLOR=never
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS
mkdir -p "$work"

# Seconds taken by "$@".
seconds() {
  local start end
  start=$(date +%s.%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s.%N)
  echo "$end - $start" | bc
}

# Best of $runs: `before` (a setup command, not timed), then the timed command.
best_of() {
  local before="$1"
  shift
  local best=""
  for _ in $(seq "$runs"); do
    eval "$before"
    local t
    t=$(seconds "$@")
    if [[ -z "$best" ]] || (($(echo "$t < $best" | bc))); then best=$t; fi
  done
  printf '%.2f' "$best"
}

echo "## Cold build of the macro crate and its dependencies"
echo
echo '```'
cargo tree --manifest-path "$root/macros/Cargo.toml" -e normal,build | sed 's/ (\/.*)//'
echo '```'
echo
cold="$work/cold"
for profile in dev release; do
  t=$(best_of "rm -rf '$cold'" cargo build --manifest-path "$root/macros/Cargo.toml" \
    --profile "$profile" --target-dir "$cold")
  echo "- cargo build -p error-catalog-macros ($profile, cold): ${t} s"
done
# Each unit's own time (from cargo's --timings report of one more cold dev build).
rm -rf "$cold"
cargo build --manifest-path "$root/macros/Cargo.toml" --target-dir "$cold" --timings >/dev/null 2>&1
python3 - "$cold"/cargo-timings/cargo-timing.html <<'EOF'
import json, re, sys
html = open(sys.argv[1], encoding="utf-8").read()
units = json.loads(re.search(r"const UNIT_DATA = (\[.*?\]);", html, re.S).group(1))
print()
print("| unit (cold dev build, one of two parallel jobs) | seconds |")
print("|---|---:|")
for unit in sorted(units, key=lambda u: -u["duration"]):
    name = unit["name"] + (" (" + unit["target"].strip() + ")" if unit["target"].strip() else "")
    print(f"| {name} {unit['version']} | {unit['duration']:.2f} |")
EOF
rm -rf "$cold"
echo

# A user crate outside the workspace, with its own build directory.
user="$work/user"
mkdir -p "$user/src"
cat >"$user/Cargo.toml" <<EOF
[package]
name = "compile-cost-user"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-catalog = { path = "$root" }

[profile.release]
strip = true

[workspace]
EOF
target="$work/user-target"
build=(cargo build --manifest-path "$user/Cargo.toml" --target-dir "$target")
check=(cargo check --manifest-path "$user/Cargo.toml" --target-dir "$target")

# main.rs including the catalogs given as arguments; every one is used, so nothing is dead code.
write_main() {
  {
    echo "//! Reads a code and prints what each included catalog says about it."
    echo "use std::io::Write as _;"
    for id in "$@"; do echo "error_catalog::include_error_catalog!(\"$id\");"; done
    echo "fn main() {"
    echo "    let text = std::env::args().nth(1).unwrap_or_default();"
    echo "    let number: i64 = text.parse().unwrap_or(0);"
    echo "    let mut out = std::io::stdout().lock();"
    echo "    let _ = writeln!(out, \"{text} {number}\");"
    for id in "$@"; do
      for i in "${!catalogs[@]}"; do
        [[ "${catalogs[$i]}" == "$id" ]] || continue
        e="${enums[$i]}"
        echo "    if let Ok(e) = text.parse::<$e>() { let _ = writeln!(out, \"{e:#} {:?} {:?} {}\", e.solution(), e.kind(), e.is_retryable()); }"
        if [[ "$id" == tencent_sms || "$id" == aliyun_sms || "$id" == tencent_vms_v3 ]]; then
          echo "    let _ = writeln!(out, \"{:?}\", $e::from_code(&text).map($e::message));"
        else
          echo "    let _ = writeln!(out, \"{:?}\", $e::from_code(number).map($e::message));"
        fi
      done
    done
    echo "    // edit: 0"
    echo "}"
  } >"$user/src/main.rs"
}

# An edit that changes the crate but not what the macros expand to.
edit_main() {
  sed -i "s|// edit: .*|// edit: $RANDOM|" "$user/src/main.rs"
}

# Times for the user crate alone (dependencies already built): clean build (no incremental
# cache), and an incremental rebuild after a one-line edit; for `cargo build` and `cargo check`.
crate_times() {
  write_main "$@"
  "${build[@]}" >/dev/null 2>&1
  "${check[@]}" >/dev/null 2>&1
  local clean incr cclean cincr
  clean=$(best_of "touch '$user/src/main.rs'" env CARGO_INCREMENTAL=0 "${build[@]}")
  "${build[@]}" >/dev/null 2>&1
  incr=$(best_of edit_main "${build[@]}")
  cclean=$(best_of "touch '$user/src/main.rs'" env CARGO_INCREMENTAL=0 "${check[@]}")
  "${check[@]}" >/dev/null 2>&1
  cincr=$(best_of edit_main "${check[@]}")
  echo "$clean $incr $cclean $cincr"
}

echo "## A user crate with and without the catalogs"
echo
echo "| user crate includes | build, clean | build, incremental | check, clean | check, incremental |"
echo "|---|---:|---:|---:|---:|"
read -r n0 n1 n2 n3 <<<"$(crate_times)"
echo "| nothing | $n0 | $n1 | $n2 | $n3 |"
read -r a0 a1 a2 a3 <<<"$(crate_times "${catalogs[@]}")"
echo "| all seven catalogs | $a0 | $a1 | $a2 | $a3 |"
printf '| **added by the seven** | **%.2f** | **%.2f** | **%.2f** | **%.2f** |\n' \
  "$(echo "$a0 - $n0" | bc)" "$(echo "$a1 - $n1" | bc)" "$(echo "$a2 - $n2" | bc)" "$(echo "$a3 - $n3" | bc)"
for id in "${catalogs[@]}"; do
  read -r c0 c1 c2 c3 <<<"$(crate_times "$id")"
  printf '| %s alone (added) | %.2f | %.2f | %.2f | %.2f |\n' "$id" \
    "$(echo "$c0 - $n0" | bc)" "$(echo "$c1 - $n1" | bc)" "$(echo "$c2 - $n2" | bc)" "$(echo "$c3 - $n3" | bc)"
done
echo

echo "## Release binary size (stripped)"
echo
size_of() {
  write_main "$@"
  cargo build --release --manifest-path "$user/Cargo.toml" --target-dir "$target" >/dev/null 2>&1
  stat -c %s "$target/release/compile-cost-user"
}
none=$(size_of)
sections() { size -A "$target/release/compile-cost-user" | awk '{print $1, $2}'; }
none_sections=$(sections)
all=$(size_of "${catalogs[@]}")
all_sections=$(sections)
echo "| user binary | bytes |"
echo "|---|---:|"
echo "| without catalogs | $none |"
echo "| with all seven, every lookup and text used | $all |"
echo "| **added by the seven** | **$((all - none))** |"
for id in "${catalogs[@]}"; do
  echo "| $id alone (added) | $(($(size_of "$id") - none)) |"
done
echo
echo "Sections that grow with all seven (bytes added; the file grows in pages, the sections do not):"
echo
echo "| section | added |"
echo "|---|---:|"
join <(echo "$none_sections" | sort) <(echo "$all_sections" | sort) |
  awk '$3 - $2 > 256 { printf "| %s | %d |\n", $1, $3 - $2 }' | sort -t'|' -k3 -nr
# Each wire code is stored once, however many lookups and methods use it.
write_main "${catalogs[@]}"
cargo build --release --manifest-path "$user/Cargo.toml" --target-dir "$target" >/dev/null 2>&1
echo
echo "Copies of a code's text in the binary (LimitExceeded.PhoneNumberDailyLimit):" \
  "$(grep -a -o 'LimitExceeded.PhoneNumberDailyLimit' "$target/release/compile-cost-user" | wc -l)"
