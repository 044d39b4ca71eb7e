#!/bin/sh
# Validates the desktop entry, the AppStream metainfo and the man pages.
# usage: validate.sh PACKAGING_SOURCE_DIR GENERATED_MAN_DIR
# Exits 77 (CTest: skipped) when desktop-file-validate or appstreamcli is not installed.
set -eu
src=$1
man_dir=$2
id=io.github.secretpolicystudio.SecretPolicyStudio

for tool in desktop-file-validate appstreamcli; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (Debian: desktop-file-utils, appstream)"
        exit 77
    fi
done

desktop-file-validate "$src/$id.desktop"
echo "desktop-file-validate: $id.desktop OK"
# --no-net: without it every <url> is fetched, which fails offline.
appstreamcli validate --no-net "$src/$id.metainfo.xml"

# The launchable and the icon name must be the desktop file and icon we install.
grep -q "<launchable type=\"desktop-id\">$id.desktop</launchable>" "$src/$id.metainfo.xml"
grep -qx "Icon=$id" "$src/$id.desktop"
test -f "$src/icons/$id.svg"

# man reports roff problems on stderr with --warnings; any output is a failure.
if command -v man >/dev/null 2>&1; then
    pages=$(find "$man_dir" "$src" -name '*.1.gz' -o -name '*.1')
    [ -n "$pages" ] || { echo "FAIL: no man pages under $man_dir"; exit 1; }
    for page in $pages; do
        warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$page" 2>&1 >/dev/null)
        if [ -n "$warnings" ]; then
            echo "FAIL: $page: $warnings"
            exit 1
        fi
        echo "man: $page OK"
    done
fi
