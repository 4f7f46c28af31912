#!/usr/bin/env bash
# scripts/bench.sh — whole-process benchmark of seloste (make bench-e2e).
#
# Builds seloste, replicates corpus/notices and the reader fixtures into a
# temporary folder (nothing is committed), lints each format in one run and
# prints notices/s, MB/s and peak RSS; then the references: grep -c -i -E
# with every lexicon pattern over the same text notices, and poppler's
# pdftotext over the same PDFs; then one notice end to end, and 1 vs 2
# workers.
#
# Environment: TEXT=10000 PDF=1000 HTML=1000 DOCX=1000 (notices per format),
# GREP_SAMPLE=33 (text notices grep reads, one copy of the corpus: grep is
# slow, see README), KEEP=1 keeps the folder, BENCH_DIR picks it, SELOSTE
# names a binary to measure instead of building one.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
TEXT=${TEXT:-10000} PDF=${PDF:-1000} HTML=${HTML:-1000} DOCX=${DOCX:-1000}
GREP_SAMPLE=${GREP_SAMPLE:-33}
export LC_ALL=C.UTF-8 NO_COLOR=1

need() { command -v "$1" >/dev/null 2>&1; }
install() { # apt package
	if need apt-get; then
		local sudo=; [ "$(id -u)" = 0 ] || sudo=sudo
		echo "installing $1 ..." >&2
		$sudo apt-get install -y -qq "$1" >/dev/null 2>&1 || { $sudo apt-get update -qq >/dev/null 2>&1 && $sudo apt-get install -y -qq "$1" >/dev/null 2>&1; } || true
	fi
}
[ -x /usr/bin/time ] || install time
[ -x /usr/bin/time ] || { echo "bench: /usr/bin/time (GNU time) is needed" >&2; exit 1; }
need pdftotext || install poppler-utils
need hyperfine || install hyperfine

DIR=${BENCH_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/seloste-bench.XXXXXX")}
[ -n "${KEEP:-}" ] || trap 'rm -rf "$DIR"' EXIT
BIN=${SELOSTE:-$DIR/seloste}
[ -n "${SELOSTE:-}" ] || go build -o "$BIN" ./cmd/seloste

# replicate SRC_GLOB N DEST: N files cycling over the sources, one
# subfolder per copy of the set (hard links where possible).
replicate() {
	local n=$2 dest=$3 k=0
	local -a src
	mapfile -t src < <(ls $1)
	local m=${#src[@]}
	mkdir -p "$dest"
	while [ $((k * m)) -lt "$n" ]; do
		local left=$((n - k * m))
		mkdir -p "$dest/$k"
		cp -l "${src[@]:0:$((left < m ? left : m))}" "$dest/$k/" 2>/dev/null ||
			cp "${src[@]:0:$((left < m ? left : m))}" "$dest/$k/"
		k=$((k + 1))
	done
}
echo "corpus in $DIR: $TEXT text, $PDF PDF, $HTML HTML, $DOCX DOCX notices" >&2
replicate "$ROOT/corpus/notices/*.txt" "$TEXT" "$DIR/text"
# the seed notices' renderings, not the crafted or damaged test files
replicate "$ROOT/analyzer/extract/testdata/pdf/[0-9]*.pdf" "$PDF" "$DIR/pdf"
replicate "$ROOT/analyzer/extract/testdata/html/*.html" "$HTML" "$DIR/html"
replicate "$ROOT/analyzer/extract/testdata/docx/*.docx" "$DOCX" "$DIR/docx"

mb() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s / 1e6}'; }
# timed OUT CMD...: runs CMD under GNU time, writing "wall_s maxrss_kb" to OUT.
timed() {
	local out=$1; shift
	/usr/bin/time -f "%e %M" -o "$out" "$@" >/dev/null 2>"$out.err" || true
}
row() { # label n bytes_mb timefile
	read -r wall rss <"$4"
	awk -v l="$1" -v n="$2" -v mb="$3" -v w="$wall" -v r="$rss" 'BEGIN {
		if (w <= 0) w = 0.01
		printf "%-26s %7d %9.1f %10.1f %9.2f %9.1f %9.0f\n", l, n, mb, w, n / w, mb / w, r / 1024 }'
}
header() { printf "%-26s %7s %9s %10s %9s %9s %9s\n" run notices MB wall_s notices/s MB/s rss_MB; }

echo
echo "== seloste lint, one process per format ($(nproc) cores, --jobs default)"
header
for f in text html pdf docx; do
	n=$(find "$DIR/$f" -type f | wc -l)
	timed "$DIR/t.$f" "$BIN" lint --fail-on none "$DIR/$f"
	row "seloste $f" "$n" "$(mb "$DIR/$f")" "$DIR/t.$f"
done

echo
echo "== references"
header
# (a) grep with every lexicon pattern, over a sample of the text notices
"$BIN" lexicon --grep >"$DIR/lexicon.re" 2>/dev/null || go run ./cmd/seloste lexicon --grep >"$DIR/lexicon.re"
replicate "$ROOT/corpus/notices/*.txt" "$GREP_SAMPLE" "$DIR/grep"
timed "$DIR/t.grep" grep -r -c -i -E -f "$DIR/lexicon.re" "$DIR/grep"
row "grep -c -i -E (lexicon)" "$GREP_SAMPLE" "$(mb "$DIR/grep")" "$DIR/t.grep"
timed "$DIR/t.sgrep" "$BIN" lint --fail-on none "$DIR/grep"
row "seloste text (same files)" "$GREP_SAMPLE" "$(mb "$DIR/grep")" "$DIR/t.sgrep"
# (b) pdftotext over the same PDFs, one process a file
pages=0
if need pdfinfo; then
	# pages of each source PDF, times its copies
	declare -A srcpages
	for p in "$ROOT"/analyzer/extract/testdata/pdf/[0-9]*.pdf; do
		srcpages[$(basename "$p")]=$(pdfinfo "$p" 2>/dev/null | awk '/^Pages:/ {print $2}')
	done
	while read -r f; do
		pages=$((pages + ${srcpages[$f]:-0}))
	done < <(find "$DIR/pdf" -name '*.pdf' -printf '%f\n')
fi
if need pdftotext; then
	timed "$DIR/t.pdftotext" sh -c 'find "$1" -name "*.pdf" | while read -r p; do pdftotext -q "$p" - >/dev/null; done' sh "$DIR/pdf"
	row "pdftotext (per file)" "$PDF" "$(mb "$DIR/pdf")" "$DIR/t.pdftotext"
fi

echo
echo "== ratios"
read -r gw _ <"$DIR/t.grep"
read -r sgw _ <"$DIR/t.sgrep"
read -r tw _ <"$DIR/t.text"
awk -v gw="$gw" -v sw="$sgw" -v tw="$tw" -v n="$TEXT" -v gn="$GREP_SAMPLE" 'BEGIN {
	g = gn / (gw > 0 ? gw : 0.01); s = gn / (sw > 0 ? sw : 0.01); t = n / (tw > 0 ? tw : 0.01)
	printf "text throughput vs grep: seloste %.0f notices/s (same %d files: %.0f), grep %.1f notices/s: %.1fx grep (target >= 0.33x)\n", t, gn, s, g, t / g }'
if need pdftotext; then
	read -r pw _ <"$DIR/t.pdf"
	read -r xw _ <"$DIR/t.pdftotext"
	awk -v pw="$pw" -v xw="$xw" -v pages="$pages" 'BEGIN {
		if (pages == 0) pages = 1
		printf "PDF per page: seloste %.2f ms, pdftotext %.2f ms over %d pages: seloste/pdftotext %.2f (target <= 2)\n", 1000 * pw / pages, 1000 * xw / pages, pages, pw / (xw > 0 ? xw : 0.01) }'
fi

echo
echo "== one notice, process start to exit (target < 50 ms)"
one=$ROOT/corpus/notices/002-rautavaara-asiakasrekisteri.txt
if need hyperfine; then
	hyperfine -N -w 3 -r 30 -i --export-json "$DIR/one.json" "$BIN lint --fail-on none $one" "$BIN version" 2>/dev/null | grep -E 'Time|Range|Benchmark' || true
else
	for c in "lint --fail-on none $one" "version"; do
		s=$(date +%s%N)
		for i in $(seq 20); do "$BIN" $c >/dev/null 2>&1 || true; done
		echo "$c: $(( ($(date +%s%N) - s) / 20000000 )) ms mean of 20"
	done
fi

echo
echo "== scaling, text notices"
header
if "$BIN" lint --help 2>&1 | grep -q -- '--jobs'; then
	for j in 1 2; do
		timed "$DIR/t.j$j" "$BIN" lint --fail-on none --jobs $j "$DIR/text"
		row "seloste text --jobs $j" "$TEXT" "$(mb "$DIR/text")" "$DIR/t.j$j"
	done
else
	echo "(no --jobs: two processes over halves of the corpus)"
	mkdir -p "$DIR/half1" "$DIR/half2"
	for d in "$DIR"/text/*/; do
		k=$(basename "$d")
		cp -rl "$d" "$DIR/half$((k % 2 + 1))/$k" 2>/dev/null || cp -r "$d" "$DIR/half$((k % 2 + 1))/$k"
	done
	timed "$DIR/t.j1" "$BIN" lint --fail-on none "$DIR/text"
	row "seloste text, 1 process" "$TEXT" "$(mb "$DIR/text")" "$DIR/t.j1"
	timed "$DIR/t.j2" sh -c '"$1" lint --fail-on none "$2" >/dev/null & "$1" lint --fail-on none "$3" >/dev/null; wait' sh "$BIN" "$DIR/half1" "$DIR/half2"
	row "seloste text, 2 processes" "$TEXT" "$(mb "$DIR/text")" "$DIR/t.j2"
fi
read -r w1 _ <"$DIR/t.j1"
read -r w2 _ <"$DIR/t.j2"
awk -v a="$w1" -v b="$w2" 'BEGIN { printf "speed-up 1 -> 2 workers: %.2fx\n", a / (b > 0 ? b : 0.01) }'
