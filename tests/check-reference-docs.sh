#!/bin/sh
# Fails when docs/reference/checks.md or docs/reference/cli.md differs from what the tools
# generate from the code (the linter's table and the CLI's help texts).
#
# usage: tests/check-reference-docs.sh PATH/TO/secret-policy SOURCE_DIR
set -eu
cli=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for page in checks cli; do
    "$src/tools/gen-$page-reference.sh" "$cli" > "$tmp/$page.md"
    if ! diff -u "$src/docs/reference/$page.md" "$tmp/$page.md"; then
        echo "docs/reference/$page.md is out of date; regenerate it with:" >&2
        echo "  tools/gen-$page-reference.sh build/bin/secret-policy > docs/reference/$page.md" >&2
        status=1
    fi
done
exit $status
