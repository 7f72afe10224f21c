#!/usr/bin/env bash
# fuzz.sh [SECONDS]: builds the libFuzzer targets (tests/fuzz) with clang + ASan + UBSan in
# build/fuzz and runs each for SECONDS (default 10) from the seeds in tests/fuzz/corpus and assets/,
# keeping what it learns in build/fuzz/corpus. Fails on the first crash, leak, timeout or
# sanitizer report; the input that did it is kept as build/fuzz/artifacts/<target>-crash-*.
# Longer on demand: scripts/fuzz.sh 600. One target: FUZZ_ONLY=gcode scripts/fuzz.sh 60.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
seconds=${1:-10}
out="$root/build/fuzz"
jobs=${FUZZ_BUILD_JOBS:-$(nproc)}

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
cmake -S "$root" -B "$out" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ "${launcher[@]}" \
  -DKIOSK_FUZZ=ON -DKIOSK_SANITIZERS=address,undefined >/dev/null
cmake --build "$out" -j "$jobs" --target fuzz-all

# Seeds: small files in tests/fuzz/corpus/<name>/ plus the real content and test data. Loaders
# that read several files take a first byte saying which one the input replaces.
seeds="$out/seeds"
rm -rf "$seeds"
mkdir -p "$seeds"
seed_dir() { mkdir -p "$seeds/$1"; echo "$seeds/$1"; }
prefixed() {  # prefixed NAME INDEX FILE: the file behind a selector byte
  printf "\\x$(printf %02x "$2")" | cat - "$3" > "$(seed_dir "$1")/$2-$(basename "$3")"
}
cp "$root"/assets/config/*.toml "$root"/tests/e2e/*.toml "$root"/tests/printer/*.toml "$(seed_dir config)/"
cp "$root/assets/content/technology-areas.toml" "$(seed_dir technology_areas)/"
prefixed lead_content 0 "$root/assets/leads/sectors.toml"
prefixed lead_content 1 "$root/assets/leads/privacy.toml"
printf '\x0c\x41\xcc\x80\xc3\xa8\xe2\x82\xac\x05' > "$(seed_dir keyboard_layout)/accents"
prefixed translator 0 "$root/assets/i18n/it.toml"
prefixed translator 1 "$root/assets/i18n/en.toml"
cp "$root"/tests/e2e/*.script "$root"/tests/e2e/leads/*.script "$(seed_dir script)/"
i=0
for f in questionnaire scales dimensions levels services recommendations; do
  prefixed assessment_loader $i "$root/assets/assessment/$f.toml"
  i=$((i + 1))
done
cp "$root"/tests/assessment/*.json "$(seed_dir assessment_answers)/"
{ cat "$root/assets/printer/jobs.toml"; printf '\n[[job]]\nid = "a"\ntitle = { it = "A", en = "A" }\nsummary = { it = "A", en = "A" }\nduration_min = 3\ngcode = "a.gcode"\nthumbnail = "a.png"\n\n----\n'
  cat "$root/tests/fuzz/corpus/gcode/cube-excerpt.gcode"; } > "$(seed_dir job_gallery)/jobs-and-gcode"
mkdir -p "$seeds/reader_serial"
grep -v '^#' "$root/tests/reader/scans-it.txt" > "$seeds/reader_serial/scans.txt"
for name in badge marlin_reply reader_hid gcode assessment_answers; do cp "$root/tests/fuzz/corpus/$name/"* "$(seed_dir $name)/"; done

mkdir -p "$out/artifacts"
failed=()
summary=()
for bin in "$out"/bin/fuzz/*_fuzz; do
  name=$(basename "$bin" _fuzz)
  [[ -z ${FUZZ_ONLY:-} || $name == "$FUZZ_ONLY" ]] || continue
  mkdir -p "$out/corpus/$name"
  log="$out/artifacts/$name.log"
  # -max_len 64 KiB: enough for every format (a badge is capped at 8 KiB), fast to mutate.
  if ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     "$bin" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 \
       -artifact_prefix="$out/artifacts/$name-" "$out/corpus/$name" "$seeds/${name}" >"$log" 2>&1; then
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
    speed=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log")
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    summary+=("$(printf '%-20s %9s execs %7s/s  %s' "$name" "$runs" "$speed" "$cov")")
  else
    failed+=("$name")
    echo "== $name FAILED (log: $log)" >&2
    grep -m1 -A25 -E '^==[0-9]+==ERROR|runtime error|deadly signal|Timeout|out-of-memory' "$log" >&2 || tail -30 "$log" >&2
  fi
done
echo "== fuzz: ${seconds}s per target"
printf '%s\n' "${summary[@]}"
if ((${#failed[@]})); then
  echo "fuzz: FAILED: ${failed[*]} (reproduce: build/fuzz/bin/fuzz/<name>_fuzz build/fuzz/artifacts/<name>-crash-*)" >&2
  exit 1
fi
