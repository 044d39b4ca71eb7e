#!/bin/sh
# Builds the .deb with CPack from a configured and built tree, unpacks it into a scratch root
# and checks its control fields and its file list.
# usage: check-deb.sh BUILD_DIR WITH_GUI(0|1)
# Exits 77 (CTest: skipped) when cpack or dpkg-deb is not installed.
set -eu
build=$1
gui=$2
id=io.github.secretpolicystudio.SecretPolicyStudio
pkg=secret-policy-studio

for tool in cpack dpkg-deb; do
    command -v "$tool" >/dev/null 2>&1 || { echo "SKIP: $tool is not installed"; exit 77; }
done

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT INT TERM
# -B: the .deb and CPack's staging tree go to the scratch directory, not the build tree.
(cd "$build" && cpack -G DEB -B "$scratch/out" >"$scratch/cpack.log" 2>&1) || {
    cat "$scratch/cpack.log"
    echo "FAIL: cpack"
    exit 1
}
set -- "$scratch"/out/*.deb
if [ $# -ne 1 ] || [ ! -f "$1" ]; then echo "FAIL: expected one .deb, got: $*"; exit 1; fi
deb=$1
echo "built $(basename "$deb")"

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }

# Control fields.
[ "$(dpkg-deb -f "$deb" Package)" = "$pkg" ] || fail "Package is not $pkg"
version=$(dpkg-deb -f "$deb" Version)
depends=$(dpkg-deb -f "$deb" Depends)
echo "Depends: $depends"
expected_depends="libstdc++6"
if [ "$gui" = 1 ]; then
    expected_depends="$expected_depends qt6-qpa-plugins libqt6svg6 libqt6widgets6"
    expected_depends="$expected_depends libqscintilla2-qt6-15"
fi
for dep in $expected_depends; do
    case ", $depends," in
    *", $dep,"* | *", $dep "*) ;;
    *) fail "Depends lacks $dep" ;;
    esac
done
if [ "$gui" = 1 ]; then
    recommends=$(dpkg-deb -f "$deb" Recommends)
    echo "Recommends: $recommends"
    for rec in qt6-translations-l10n fonts-noto-cjk; do
        case ", $recommends," in
        *", $rec,"*) ;;
        *) fail "Recommends lacks $rec" ;;
        esac
    done
fi
[ -n "$(dpkg-deb -f "$deb" Description | sed -n 2p)" ] || fail "the extended description is empty"

# File list.
root=$scratch/root
dpkg-deb -x "$deb" "$root"
expected="
usr/bin/secret-policy
usr/share/man/man1/secret-policy.1.gz
usr/share/man/man1/secret-policy-eval.1.gz
usr/share/man/man1/secret-policy-validate.1.gz
usr/share/doc/$pkg/copyright
usr/share/doc/$pkg/changelog.gz
usr/share/$pkg/examples/cross-account-user.json
usr/share/$pkg/examples/ec2-role-current-version.json
usr/share/$pkg/examples/user-all-operations.json
"
if [ "$gui" = 1 ]; then
    expected="$expected
usr/bin/secret-policy-studio
usr/share/man/man1/secret-policy-studio.1.gz
usr/share/applications/$id.desktop
usr/share/metainfo/$id.metainfo.xml
usr/share/icons/hicolor/scalable/apps/$id.svg"
    for size in 16 32 48 64 128 256; do
        expected="$expected
usr/share/icons/hicolor/${size}x${size}/apps/$id.png"
    done
fi
for f in $expected; do
    [ -f "$root/$f" ] || fail "missing /$f"
done
# Everything under /usr, nothing under /usr/local, the doc dir named after the package.
outside=$(cd "$root" && find . -mindepth 1 -maxdepth 1 ! -name usr)
[ -z "$outside" ] || fail "files outside /usr: $outside"
[ ! -e "$root/usr/local" ] || fail "files under /usr/local"
[ "$(ls "$root/usr/share/doc")" = "$pkg" ] || fail "doc dirs: $(ls "$root/usr/share/doc")"

# The installed programs run and report the package version.
cli_version=$("$root/usr/bin/secret-policy" --version)
[ "$cli_version" = "secret-policy $version" ] ||
    fail "secret-policy --version: $cli_version (package $version)"
if [ "$gui" = 1 ]; then
    studio_version=$(QT_QPA_PLATFORM=offscreen "$root/usr/bin/secret-policy-studio" --version \
        2>/dev/null)
    [ "$studio_version" = "secret-policy-studio $version" ] ||
        fail "secret-policy-studio --version: $studio_version (package $version)"
fi
for page in "$root"/usr/share/man/man1/*.1.gz; do
    gzip -t "$page" || fail "$page is not gzip"
done
if [ "$gui" = 1 ] && command -v desktop-file-validate >/dev/null 2>&1; then
    desktop-file-validate "$root/usr/share/applications/$id.desktop" ||
        fail "installed desktop file"
fi

echo "$(cd "$root" && find . -type f | wc -l) files in the package"
[ "$failures" -eq 0 ] || { echo "$failures failure(s)"; exit 1; }
echo "OK"
