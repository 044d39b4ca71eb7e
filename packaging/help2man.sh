#!/bin/sh
# Writes the manual pages of the secret-policy CLI from its own help texts, so that the man
# pages cannot drift from `--help`: secret-policy.1 from `secret-policy --help`, and
# secret-policy-COMMAND.1 from `secret-policy help COMMAND` for every command listed there.
#
# The help texts are laid out like a man page already (SECTION headings at column 0, text
# indented by four spaces); each section is kept in no-fill mode so that tables, options and
# examples stay as the CLI prints them.
#
# usage: help2man.sh PATH/TO/secret-policy OUTPUT_DIR VERSION
set -eu
cli=$1
out=$2
version=$3
mkdir -p "$out"
rm -f "$out"/*.1 "$out"/*.1.gz  # OUTPUT_DIR holds only these pages: drop removed commands

# to_roff NAME < help text > roff
to_roff() {
    awk -v name="$1" -v version="$version" '
    function esc(s) {
        gsub(/\\/, "\\e", s)
        gsub(/-/, "\\-", s)
        if (s ~ /^[.\047]/) s = "\\&" s
        return s
    }
    BEGIN {
        upper = toupper(name)
        printf ".TH %s 1 \"\" \"secret-policy %s\" \"User Commands\"\n", upper, version
        print ".\\\" Generated from the help text of secret-policy by packaging/help2man.sh."
        section = ""
    }
    /^[A-Z][A-Z ]*$/ {
        if (section != "" && section != "NAME") print ".fi"
        section = $0
        printf ".SH %s\n", section
        if (section != "NAME") print ".nf"
        next
    }
    section == "NAME" {
        if ($0 ~ /^[ \t]*$/) next
        sub(/^    /, "")
        # "secret-policy eval - text" names the page secret-policy-eval.
        split($0, parts, " - ")
        rest = substr($0, length(parts[1]) + 4)
        printf "%s \\- %s\n", esc(name), esc(rest)
        next
    }
    {
        sub(/^    /, "")
        if ($0 ~ /^[ \t]*$/) print ""; else print esc($0)
    }
    END {
        if (section != "" && section != "NAME") print ".fi"
    }'
}

"$cli" --help | to_roff secret-policy > "$out/secret-policy.1.tmp"
commands=$("$cli" --help | awk '
    /^[A-Z][A-Z ]*$/ { in_commands = ($0 == "COMMANDS"); next }
    in_commands && /^    [a-z][a-z-]*  / && $1 != "help" { print $1 }')
[ -n "$commands" ] || { echo "help2man.sh: no commands found in $cli --help" >&2; exit 1; }

see_also=""
for c in $commands; do
    "$cli" help "$c" | to_roff "secret-policy-$c" > "$out/secret-policy-$c.1.tmp"
    see_also="$see_also${see_also:+,
}.BR secret\\-policy\\-$c (1)"
done
{
    cat "$out/secret-policy.1.tmp"
    printf '.SH "SEE ALSO"\n%s,\n.BR secret\\-policy\\-studio (1)\n' "$see_also"
} > "$out/secret-policy.1"
rm "$out/secret-policy.1.tmp"
for c in $commands; do
    {
        cat "$out/secret-policy-$c.1.tmp"
        printf '.SH "SEE ALSO"\n.BR secret\\-policy (1)\n'
    } > "$out/secret-policy-$c.1"
    rm "$out/secret-policy-$c.1.tmp"
done
