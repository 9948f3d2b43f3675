#!/usr/bin/env bash
# The core pipeline's instructions, base against this working tree, counted by callgrind (the
# same on a loaded machine as on an idle one; `perf stat` has no counters here and valgrind
# 3.19 cannot run the full `parallax` binary). Builds the core alone (`Parallax`, `ParallaxBase`
# and their C wrappers; no NIO, GRDB or server) in release twice, from git revision BASE and from
# the working tree, each with a small driver that runs `StoryPipeline.run` (what `digest` runs;
# `ingest` runs the same analysis and briefs) over the first COUNT of 10,000 generated articles
# (`generate-articles.py --seed 1`, the articles `bench-ingest-compare.sh` ingests). Prints each
# build's instructions in all, in analysis and in briefs, and whether the briefs' JSON is the
# same byte for byte.
#
# Usage: scripts/bench-synthesis-instructions.sh BASE [COUNT]     (default 200: about 2 minutes a
#                                                                   build under callgrind)
# Env:   WORK (default /tmp/parallax-synthesis-bench): kept between runs, so a second run
#        rebuilds only what changed.
set -euo pipefail
cd "$(dirname "$0")/.."
base="$1"
count="${2:-200}"
work="${WORK:-/tmp/parallax-synthesis-bench}"
tree="$(pwd)"
command -v valgrind >/dev/null || { echo "bench-synthesis-instructions: valgrind is not installed" >&2; exit 1; }
# The base's sources, extracted again only for another revision (new files would rebuild it).
revision="$(git rev-parse "$base")"
if [ "$(cat "$work/base-src/REVISION" 2>/dev/null)" != "$revision" ]; then
    rm -rf "$work/base-src"
    mkdir -p "$work/base-src"
    git archive "$revision" Sources/Parallax Sources/ParallaxBase Sources/CICU Sources/CStemmer Sources/CCLD2 \
        | tar -x -C "$work/base-src"
    echo "$revision" >"$work/base-src/REVISION"
fi
# Writes stdin to FILE unless FILE already holds it (an unchanged file is not rebuilt).
write_if_changed() {
    local file="$1"
    cat >"$file.new"
    if cmp -s "$file.new" "$file"; then rm "$file.new"; else mv "$file.new" "$file"; fi
}
[ -s "$work/articles-10000.jsonl" ] || python3 scripts/generate-articles.py --count 10000 --seed 1 >"$work/articles-10000.jsonl"
head -n "$count" "$work/articles-10000.jsonl" >"$work/articles.jsonl"

for build in base new; do
    mkdir -p "$work/$build/Sources/corebench"
    for target in Parallax ParallaxBase CICU CStemmer CCLD2; do
        if [ "$build" = base ]; then source="$work/base-src/Sources/$target"; else source="$tree/Sources/$target"; fi
        ln -sfn "$source" "$work/$build/Sources/$target"
    done
    write_if_changed "$work/$build/Package.swift" <<'EOF'
// swift-tools-version: 6.1
import PackageDescription
let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"), .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("MemberImportVisibility"),
]
let package = Package(
    name: "CoreBench",
    targets: [
        .target(name: "CICU", linkerSettings: [.linkedLibrary("icuuc"), .linkedLibrary("icudata")]),
        .systemLibrary(name: "CStemmer"),
        .target(
            name: "CCLD2", cxxSettings: [.unsafeFlags(["-Wno-deprecated-declarations"])],
            linkerSettings: [.linkedLibrary("cld2"), .linkedLibrary("stdc++")]),
        .target(name: "ParallaxBase", swiftSettings: swiftSettings),
        .target(
            name: "Parallax", dependencies: ["ParallaxBase", "CICU", "CStemmer", "CCLD2"],
            swiftSettings: swiftSettings),
        .executableTarget(name: "corebench", dependencies: ["Parallax"]),
    ]
)
EOF
    write_if_changed "$work/$build/Sources/corebench/main.swift" <<'EOF'
import Foundation
import Parallax

// corebench FILE.jsonl [--json OUT]: StoryPipeline.run over the file's articles, as `digest` runs
// it; the briefs' JSON (sorted keys) written to OUT.
let arguments = CommandLine.arguments
let data = try! Data(contentsOf: URL(fileURLWithPath: arguments[1]))
var documents: [RawDocument] = []
for (number, line) in data.split(separator: 0x0A).enumerated() {
    let object = try! JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
    documents.append(
        RawDocument(
            input: "\(arguments[1])#\(number + 1)", format: .structured, text: object["text"] as! String,
            id: object["id"] as? String, title: object["title"] as? String, url: object["url"] as? String,
            outlet: object["outlet"] as? String,
            published: (object["published"] as? String).flatMap(PublicationDate.init(iso8601:)),
            authors: object["authors"] as? [String] ?? []))
}
let digest = StoryPipeline().run(documents)
let encoder = JSONEncoder()
encoder.outputFormatting = [.sortedKeys]
let json = try! encoder.encode(digest.stories)
if arguments.count > 3, arguments[2] == "--json" { try! json.write(to: URL(fileURLWithPath: arguments[3])) }
print("\(documents.count) articles, \(digest.stories.count) stories, briefs' JSON \(json.count) bytes")
EOF
    echo "building $build (release, core only) in $work/$build" >&2
    (cd "$work/$build" && swift build -c release >"$work/$build-build.log" 2>&1) \
        || { tail -20 "$work/$build-build.log" >&2; exit 1; }
    # valgrind 3.19 cannot read Swift's DWARF 5; the symbol table is enough for function names.
    objcopy --strip-debug "$work/$build/.build/release/corebench" "$work/corebench-$build"
    valgrind --tool=callgrind --callgrind-out-file="$work/callgrind-$build.out" \
        "$work/corebench-$build" "$work/articles.jsonl" --json "$work/briefs-$build.json" >"$work/run-$build.log" 2>&1
done

for build in base new; do
    callgrind_annotate --inclusive=yes "$work/callgrind-$build.out" 2>/dev/null | python3 -c '
import re, sys
label = sys.argv[1]
total = analysis = briefs = 0
for line in sys.stdin:
    match = re.match(r"\s*([\d,]+) \(", line)
    if not match: continue
    value = int(match.group(1).replace(",", ""))
    if "PROGRAM TOTALS" in line: total = value
    elif "ArticleAnalyzerC7analyze" in line: analysis = max(analysis, value)
    elif "BriefSynthesizerV5brief2of" in line: briefs = max(briefs, value)
print(f"{label}: {total / 1e9:.3f} G instructions in all, analysis {analysis / 1e9:.3f} G, briefs {briefs / 1e9:.3f} G")
' "$build"
done
if cmp -s "$work/briefs-base.json" "$work/briefs-new.json"; then
    echo "briefs' JSON identical ($(wc -c <"$work/briefs-base.json") bytes)"
else
    echo "briefs' JSON DIFFERS: $work/briefs-base.json $work/briefs-new.json"
    exit 1
fi
