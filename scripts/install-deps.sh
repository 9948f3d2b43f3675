#!/usr/bin/env bash
# Installs the C libraries Parallax links: ICU, libxml2, Snowball (libstemmer), CLD2, SQLite,
# Argon2 (password hashing) and, on Linux, jemalloc (the command's allocator).
# Does nothing when they are already there.
set -euo pipefail

have_headers() {
    [ -f /usr/include/libstemmer.h ] && [ -f /usr/include/cld2/public/compact_lang_det.h ] \
        && [ -f /usr/include/unicode/ubrk.h ] && [ -d /usr/include/libxml2/libxml ] \
        && [ -f /usr/include/sqlite3.h ] && [ -f /usr/include/argon2.h ] \
        && [ -f /usr/include/jemalloc/jemalloc.h ] && command -v pkg-config >/dev/null
}

case "$(uname -s)" in
Linux)
    if have_headers; then exit 0; fi
    if ! command -v apt-get >/dev/null; then
        echo "install-deps: please install ICU, libxml2, libstemmer, CLD2, SQLite, Argon2 and jemalloc development packages" >&2
        exit 1
    fi
    sudo=""
    if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
    echo "install-deps: installing libicu-dev libxml2-dev libstemmer-dev libcld2-dev libsqlite3-dev libargon2-dev libjemalloc-dev pkg-config" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq \
        libicu-dev libxml2-dev libstemmer-dev libcld2-dev libsqlite3-dev libargon2-dev libjemalloc-dev pkg-config >/dev/null
    ;;
Darwin)
    command -v brew >/dev/null || { echo "install-deps: Homebrew is needed: https://brew.sh" >&2; exit 1; }
    for formula in icu4c libxml2 snowball sqlite argon2 pkg-config; do
        brew list "$formula" >/dev/null 2>&1 || brew install "$formula"
    done
    brew list cld2 >/dev/null 2>&1 || brew install cld2 || echo "install-deps: CLD2 is not in Homebrew core; build it from source" >&2
    ;;
esac
