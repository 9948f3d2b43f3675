#!/usr/bin/env bash
# Parallax beside its peers on the same pages in one run, by part of the leave-sites-out split
# (scripts/pages-split.tsv): trafilatura 2.3.1 for main-content extraction (ScrapingHub pages),
# htmldate 1.11.0 in extensive mode for publication dates (htmldate pages). Parallax runs once per
# candidate setting of the grid below; the setting is chosen by cross-validation over site folds
# and the blind third is scored once, apart. Peers are installed into the git-ignored .venv-bench/.
# Usage: [BUILD=debug] scripts/pages-compare.sh [extraction|dates|all]   (SHARED=../shared/eval by default)
set -euo pipefail
cd "$(dirname "$0")/.."
task="${1:-all}"
shared="${SHARED:-../shared/eval}"
if [ ! -f "$shared/extraction/scrapinghub/ground-truth.json" ] || [ ! -f "$shared/dates/gold.jsonl" ]; then
    echo "$shared lacks the extraction or dates sets: nothing to compare" >&2
    exit 1
fi
venv=.venv-bench
if ! "$venv/bin/python" -c 'import trafilatura, htmldate, sys; sys.exit(trafilatura.__version__ != "2.3.1" or htmldate.__version__ != "1.11.0")' >/dev/null 2>&1; then
    python3 -m venv "$venv"
    # lxml 5.2+ ships its HTML cleaner apart; trafilatura imports it. htmldate[all] as in its own evaluation.
    "$venv/bin/pip" install --quiet --disable-pip-version-check "trafilatura==2.3.1" lxml_html_clean "htmldate[all]==1.11.0"
fi
# BUILD=debug reuses a debug build (same figures, slower); release by default. SCRATCH=1 runs the
# same ParallaxWeb code through scripts/extraction-eval.sh's small release package instead (the
# whole package's release build takes most of an hour on a loaded machine).
build="${BUILD:-release}"
if [ "${SCRATCH:-0}" = 1 ]; then
    scripts/extraction-eval.sh build >/dev/null
    scratch="${PKG:-/tmp/web-pkg-$(basename "$PWD")}/.build/release/web-eval"
else
    swift build -c "$build" --product parallax >/dev/null
fi
binary=".build/$build/parallax"
work=.bench/pages
mkdir -p "$work"

# Candidate settings: every combination of the mechanisms under test (docs/pages.md).
# Extraction: the four mechanisms of the second round (linked items, spans, sibling class
# names, quoted embeds) in every combination with the first round's choice, then the first
# round's 32 combinations with the second round's switches off; the first entry is the default.
extraction_grid=()
first_round="judgesTablesByCells=true keepsLinkParagraphs=true dropsRepeatedBlocks=false joinsParagraphSiblings=true longLinkLetters=0"
for items in 0 40 80; do
    for spans in false true; do
        for names in false true; do
            for quoted in false true; do
                extraction_grid+=("$first_round linkItemOwnBytes=$items readsSpansByOwnText=$spans joinsSiblingsByAnyClassName=$names keepsQuotedEmbeds=$quoted")
            done
        done
    done
done
for tables in true false; do
    for links in true false; do
        for repeats in false true; do
            for siblings in true false; do
                for long in 0 150; do
                    extraction_grid+=("judgesTablesByCells=$tables keepsLinkParagraphs=$links dropsRepeatedBlocks=$repeats joinsParagraphSiblings=$siblings longLinkLetters=$long linkItemOwnBytes=0 readsSpansByOwnText=false joinsSiblingsByAnyClassName=false keepsQuotedEmbeds=false")
                done
            done
        done
    done
done
dates_grid=()
for quoted in true false; do
    for header in false true; do
        for any in true false; do
            for navigation in true false; do
                for order in false true; do
                    dates_grid+=("ignoresQuotedTimes=$quoted prefersHeaderMeta=$header readsAnyLinkedDataDate=$any textSkipsNavigation=$navigation readsHeaderInDocumentOrder=$order")
                done
            done
        done
    done
done

run_task() {
    local name="$1" peer_file="$work/$1-peer.json"
    local -n grid="$2"
    "$venv/bin/python" scripts/pages-peers.py "$name" "$shared" "$peer_file"
    local variants=()
    for settings in "${grid[@]}"; do
        local label arguments=()
        label="$(echo "$settings" | sed 's/ /,/g')"
        for setting in $settings; do arguments+=(--setting "$setting"); done
        local target="$work/$name-$(echo "$label" | tr -c 'A-Za-z0-9\n' '_').json"
        if [ -n "${scratch:-}" ]; then
            SETTINGS="$(echo "$settings" | tr ' ' ',')" "$scratch" "$name-predictions" "$PWD/$target" >/dev/null
        elif [ "$name" = extraction ]; then
            "$binary" eval extraction "$shared/extraction/scrapinghub" "${arguments[@]}" --predictions "$target" >/dev/null
        else
            "$binary" eval dates "$shared/dates" "${arguments[@]}" --predictions "$target" >/dev/null
        fi
        variants+=("$label=$target")
    done
    python3 scripts/pages-compare.py "$name" "$shared" scripts/pages-split.tsv "$peer_file" "${variants[@]}"
}

case "$task" in
extraction) run_task extraction extraction_grid ;;
dates) run_task dates dates_grid ;;
all)
    run_task extraction extraction_grid
    run_task dates dates_grid
    ;;
*)
    echo "usage: scripts/pages-compare.sh [extraction|dates|all]" >&2
    exit 2
    ;;
esac
