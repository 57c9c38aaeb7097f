#!/usr/bin/env bash
# Renders Ferry's application icon from its SVG into every format the packages need:
#   OUTDIR/png/ferry-N.png   N = 16 22 24 32 48 64 128 256 512   (Linux hicolor theme, window icons)
#   OUTDIR/ferry.ico         16…256, for the Windows executable and installer
#   OUTDIR/ferry.icns        16…1024, for the macOS bundle
#
# Usage: installer/icons/generate-icons.sh [--fallback DIR] [SVG [OUTDIR]]
#   With no arguments it refreshes the committed copies in installer/icons/ from
#   resources/icons/ferry.svg: run it (and commit the result) whenever the SVG changes.
#   The build runs it too (installer/CMakeLists.txt), into the build tree, with --fallback pointing at
#   the committed copies: a format whose tool is missing is then copied from there instead.
#
# Tools, all Debian packages: librsvg2-bin (rsvg-convert; or inkscape, or ImageMagick), icoutils
# (icotool; or ImageMagick) and icnsutils (png2icns; on macOS iconutil works too).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fallback=""
if [ "${1:-}" = "--fallback" ]; then
    fallback="$2"
    shift 2
fi
svg="${1:-$here/../../resources/icons/ferry.svg}"
out="${2:-$here}"

png_sizes=(16 22 24 32 48 64 128 256 512)
ico_sizes=(16 24 32 48 64 128 256)
icns_sizes=(16 32 48 128 256 512 1024)

say() { echo "generate-icons: $*" >&2; }

# ImageMagick, but not a program that only borrows the name.
imagemagick=""
if command -v magick >/dev/null 2>&1; then
    imagemagick="magick"
elif command -v convert >/dev/null 2>&1 && convert -version 2>/dev/null | grep -q ImageMagick; then
    imagemagick="convert"
fi

render() { # render SIZE OUTPUT
    if command -v rsvg-convert >/dev/null 2>&1; then
        rsvg-convert --width "$1" --height "$1" --format png --output "$2" "$svg"
    elif command -v inkscape >/dev/null 2>&1; then
        inkscape --export-type=png --export-width="$1" --export-height="$1" --export-filename="$2" "$svg" \
            >/dev/null 2>&1
    elif [ -n "$imagemagick" ]; then
        "$imagemagick" -background none -density 1200 "$svg" -resize "$1x$1" "PNG32:$2"
    else
        return 1
    fi
}

from_fallback() { # from_fallback RELATIVE-PATH WHY
    if [ -n "$fallback" ] && [ -f "$fallback/$1" ]; then
        say "$2: using the committed $1"
        mkdir -p "$(dirname "$out/$1")"
        cp "$fallback/$1" "$out/$1"
    else
        say "$2, and there is no committed copy of $1 to fall back on"
        exit 1
    fi
}

[ -f "$svg" ] || { say "no such SVG: $svg"; exit 1; }
mkdir -p "$out/png"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# Every size that any format needs, rendered once.
rendered=1
for size in $(printf '%s\n' "${png_sizes[@]}" "${ico_sizes[@]}" "${icns_sizes[@]}" | sort -nu); do
    if ! render "$size" "$work/$size.png"; then
        rendered=0
        break
    fi
done

if [ "$rendered" = 1 ]; then
    for size in "${png_sizes[@]}"; do cp "$work/$size.png" "$out/png/ferry-$size.png"; done
else
    for size in "${png_sizes[@]}"; do
        from_fallback "png/ferry-$size.png" "no SVG renderer (rsvg-convert, inkscape, ImageMagick)"
    done
fi

ico_inputs=()
icns_inputs=()
for size in "${ico_sizes[@]}"; do ico_inputs+=("$work/$size.png"); done
for size in "${icns_sizes[@]}"; do icns_inputs+=("$work/$size.png"); done

if [ "$rendered" = 1 ] && command -v icotool >/dev/null 2>&1; then
    # 256 px stored as PNG (Vista and later), the rest as BMP for old shells.
    icotool --create --raw="$work/256.png" "${ico_inputs[@]:0:${#ico_inputs[@]}-1}" --output="$out/ferry.ico"
elif [ "$rendered" = 1 ] && [ -n "$imagemagick" ]; then
    "$imagemagick" "${ico_inputs[@]}" "$out/ferry.ico"
else
    from_fallback "ferry.ico" "no .ico tool (icotool, ImageMagick) or no rendering"
fi

if [ "$rendered" = 1 ] && command -v png2icns >/dev/null 2>&1; then
    png2icns "$out/ferry.icns" "${icns_inputs[@]}" >/dev/null
elif [ "$rendered" = 1 ] && command -v iconutil >/dev/null 2>&1; then
    set_dir="$work/ferry.iconset"
    mkdir -p "$set_dir"
    for size in 16 32 128 256 512; do
        cp "$work/$size.png" "$set_dir/icon_${size}x${size}.png"
        double=$((size * 2))
        if [ -f "$work/$double.png" ] || render "$double" "$work/$double.png"; then
            cp "$work/$double.png" "$set_dir/icon_${size}x${size}@2x.png"
        fi
    done
    iconutil --convert icns --output "$out/ferry.icns" "$set_dir"
else
    from_fallback "ferry.icns" "no .icns tool (png2icns, iconutil) or no rendering"
fi

say "icons written to $out"
