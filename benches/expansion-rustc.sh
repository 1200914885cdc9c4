#!/usr/bin/env bash
# The expansion time of `include_error_catalog!` inside rustc, as `cargo build`, `cargo check` and
# rust-analyzer pay it with the macro built unoptimized (cargo's default): rustc's own
# `macro_expand_crate` time (`-Z time-passes`, on stable through RUSTC_BOOTSTRAP=1) of a user crate
# holding one include, best of $RUNS, in milliseconds. It covers everything the include costs
# rustc before type checking: the macro's run, the lexing of the text it writes, and the parsing
# of its output into items.
#
#   bash benches/expansion-rustc.sh                      # every built-in catalog
#   bash benches/expansion-rustc.sh twilio tencent_sms   # some
#   SIZES="1000 10000" bash benches/expansion-rustc.sh   # synthetic user catalogs too
#   RUNS=5 bash benches/expansion-rustc.sh
#
# The first line is a crate with no include: what expanding the rest of a crate costs anyway.
# The crate and its build directory are under target/expansion-rustc/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$root/target/expansion-rustc"
runs="${RUNS:-3}"
export CARGO_TERM_COLOR=never
# The workspace's own build directory, for the tool that writes synthetic catalogs.
workspace_target="${CARGO_TARGET_DIR:-$root/target}"
export CARGO_TARGET_DIR="$work/target"
unset RUSTFLAGS CARGO_BUILD_RUSTFLAGS
mkdir -p "$work/src"
cat >"$work/Cargo.toml" <<EOF
[package]
name = "expansion-rustc"
version = "0.0.0"
edition = "2024"
publish = false

[dependencies]
error-catalog = { path = "$root" }

[workspace]
EOF
cd "$work"

# Best `macro_expand_crate` milliseconds of a crate whose main.rs starts with "$1".
expand_ms() {
  printf '%s\nfn main() {}\n' "$1" >src/main.rs
  cargo build -q 2>/dev/null || cargo build
  local best=""
  for _ in $(seq "$runs"); do
    touch src/main.rs
    local seconds
    seconds=$(RUSTC_BOOTSTRAP=1 cargo rustc -q -- -Z time-passes 2>&1 |
      sed -n 's/^time: *\([0-9.]*\);.*\tmacro_expand_crate$/\1/p')
    if [[ -z "$best" ]] || (($(echo "$seconds < $best" | bc))); then best=$seconds; fi
  done
  echo "$best * 1000" | bc | xargs printf '%.0f'
}

ids=("$@")
if [[ ${#ids[@]} -eq 0 ]]; then
  for file in "$root"/catalogs/*.toml; do ids+=("$(basename "$file" .toml)"); done
fi
echo "| catalog | macro_expand_crate, ms |"
echo "|---|---:|"
echo "| (no include) | $(expand_ms '') |"
for id in "${ids[@]}"; do
  echo "| $id | $(expand_ms "error_catalog::include_error_catalog!(\"$id\");") |"
done
for size in ${SIZES:-}; do
  for shape in string integer symbols dense; do
    CARGO_TARGET_DIR="$workspace_target" cargo run -q --manifest-path "$root/Cargo.toml" -p error-catalog-bench --bin expansion-time \
      -- --write "$shape" "$size" "$work/synthetic.toml"
    echo "| $shape × $size (a user's file) | $(expand_ms 'error_catalog::include_error_catalog!(path = "synthetic.toml");') |"
  done
done
