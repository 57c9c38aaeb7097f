#!/bin/sh
# A scripted "editor" for the remote-edit tests: adds a line to the file it is given and saves the way
# many editors do, by writing a temporary file next to it and renaming that over the original.
file="$1"
tmp="$(dirname "$file")/.$(basename "$file").swp"
{ cat "$file"; printf '%s\n' "${FERRY_TEST_EDIT_LINE:-edited by the scripted editor}"; } > "$tmp" && mv "$tmp" "$file"
