#!/usr/bin/env bash
# The newsroom site in a real headless browser: ingests the seed story into a temporary store,
# starts `parallax serve` on a free loopback port, and with Chromium (Debian's `chromium`):
#   - saves screenshots of the story list, the seed story, one cited article and a search, at a
#     desktop width and a phone width;
#   - checks the story page's rendered DOM for every section of the brief (summary, facts,
#     discrepancies, timeline, quotes, key players, perspectives, sources) and for citation
#     links to article pages, and that the cited article page renders its text;
#   - runs the review flow (scripts/review-flow.py, over the DevTools protocol): an editor signs
#     in, corrects a quote's speaker, approves the brief; a separate signed-out browser's page
#     then shows the review and the correction. Screenshots of both at both widths.
# Exits non-zero naming what is missing. Skips (exit 0, with a message) where the seed story is
# absent, and on macOS without Google Chrome.
#
# Usage: scripts/browser-check.sh
# Env:   PARALLAX=path/to/parallax (default: build .build/release/parallax)
#        SCREENSHOTS=folder (default out/browser-check, git-ignored)
#        CHROMIUM=path/to/browser (default: chromium, chromium-browser or Google Chrome)
set -euo pipefail
cd "$(dirname "$0")/.."
. scripts/serve-lib.sh

seed="../shared/corpus/seed-story"
if [ ! -d "$seed" ]; then
    echo "browser-check: skipped — the seed story ($seed) is absent"
    exit 0
fi

# --- the browser
find_browser() {
    if [ -n "${CHROMIUM:-}" ]; then echo "$CHROMIUM"; return; fi
    for name in chromium chromium-browser google-chrome google-chrome-stable; do
        if command -v "$name" >/dev/null; then command -v "$name"; return; fi
    done
    local mac="/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"
    if [ -x "$mac" ]; then echo "$mac"; fi
}
browser="$(find_browser)"
if [ -z "$browser" ]; then
    case "$(uname -s)" in
    Linux)
        command -v apt-get >/dev/null || { echo "browser-check: install Chromium (no apt-get here)" >&2; exit 1; }
        sudo=""
        if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
        # A font too: without recommended packages the screenshots would have no glyphs.
        echo "browser-check: installing chromium and fonts-dejavu-core from the Debian packages" >&2
        $sudo apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends \
            chromium fonts-dejavu-core >/dev/null
        browser="$(find_browser)"
        ;;
    Darwin)
        echo "browser-check: skipped — Google Chrome is not installed (Chromium comes from Debian's packages on Linux)"
        exit 0
        ;;
    esac
fi
[ -n "$browser" ] || { echo "browser-check: no Chromium found" >&2; exit 1; }

# --- the binary and a store holding the seed story
parallax="${PARALLAX:-.build/release/parallax}"
if [ -z "${PARALLAX:-}" ]; then swift build -c release --product parallax >/dev/null; fi
[ -x "$parallax" ] || { echo "browser-check: $parallax is not built" >&2; exit 1; }

shots="${SCREENSHOTS:-out/browser-check}"
mkdir -p "$shots"
rm -f "$shots"/*.png "$shots"/*.html
serve_work browser

db="$work/news.sqlite"
"$parallax" ingest --db "$db" --quiet "$seed" >"$work/ingest.out"
echo "browser-check: $(cat "$work/ingest.out")"

# --- the server, on a free port it prints
start_serve browser-check "$parallax" "$db" "$work"
echo "browser-check: serving $base, browser $("$browser" --version 2>/dev/null || echo "$browser")"

# The seed story is the biggest one in the store.
story="$(python3 - "$base" <<'PY'
import json, sys, urllib.request
with urllib.request.urlopen(sys.argv[1] + "/api/stories?order=biggest&limit=1", timeout=30) as response:
    stories = json.load(response)["stories"]
print(stories[0]["id"] if stories else "")
PY
)"
[ -n "$story" ] || { echo "browser-check: the store lists no story" >&2; exit 1; }

headless() {
    "$browser" --headless --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
        --hide-scrollbars --user-data-dir="$work/profile" "$@" 2>>"$work/browser.err"
}

# --- the story page's rendered DOM
story_url="$base/stories/$story"
headless --dump-dom "$story_url" >"$shots/story.html"
missing=()
for section in Summary Facts Discrepancies Timeline Quotes "Key players" Perspectives Sources; do
    grep -q "<h3>$section</h3>" "$shots/story.html" || missing+=("section \"$section\"")
done
links="$(grep -o '<span class="cite"><a href="/articles/[^"]*"' "$shots/story.html" || true)"
citations=0
article_path=""
if [ -n "$links" ]; then
    citations="$(printf '%s\n' "$links" | wc -l | tr -d ' ')"
    first="${links%%$'\n'*}"
    article_path="${first##*href=\"}"
    article_path="${article_path%\"}"
fi
[ "$citations" -gt 0 ] || missing+=("citation links to article pages")
if [ -n "$article_path" ]; then
    headless --dump-dom "$base$article_path" >"$shots/article.html"
    grep -q 'class="article-text"><p>' "$shots/article.html" || missing+=("the text of the cited article $article_path")
fi
if [ "${#missing[@]}" -gt 0 ]; then
    echo "browser-check: the story page $story_url lacks:" >&2
    printf '  - %s\n' "${missing[@]}" >&2
    echo "  (rendered DOM saved as $shots/story.html)" >&2
    exit 1
fi
echo "browser-check: story $story renders every section, $citations citation links to article pages"

# --- screenshots at a desktop and a phone width (the first screenful), and the whole brief
shot() { # NAME WIDTH,HEIGHT PATH
    headless --window-size="$2" --screenshot="$shots/$1.png" "$base$3" >/dev/null
    [ -s "$shots/$1.png" ] || { echo "browser-check: no screenshot of $3 at $2" >&2; exit 1; }
}
pages=("stories:/" "story:/stories/$story" "article:$article_path" "search:/search?q=Maduro")
for entry in "${pages[@]}"; do
    shot "${entry%%:*}-desktop" 1280,1000 "${entry#*:}"
    shot "${entry%%:*}-phone" 390,844 "${entry#*:}"
done
shot story-full 1280,7000 "/stories/$story"

# --- the review flow: an editor corrects a speaker and approves; readers see it
password="$("$parallax" user add editor --role editor --db "$db" 2>>"$work/user.err")"
[ -n "$password" ] || { echo "browser-check: parallax user add printed no password" >&2; cat "$work/user.err" >&2; exit 1; }
flow="$(python3 scripts/review-flow.py --base "$base" --browser "$browser" --story "$story" \
    --name editor --password "$password" --out "$shots")"
echo "browser-check: review flow $flow"
# A reader's own browser (a fresh profile, never signed in) sees the reviewed, corrected brief.
rm -rf "$work/profile"
headless --dump-dom "$base/stories/$story" >"$shots/story-reviewed.html"
for expected in 'Reviewed by <strong>editor</strong>' 'Deputy Editor Test Speaker' '<h3>Corrections</h3>'; do
    grep -q "$expected" "$shots/story-reviewed.html" || {
        echo "browser-check: the reader's page lacks $expected (saved as $shots/story-reviewed.html)" >&2
        exit 1
    }
done
echo "browser-check: the reader's page shows the editor's review and correction"
echo "browser-check: ok — screenshots in $(cd "$shots" && pwd)"
ls "$shots"
