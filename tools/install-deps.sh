#!/usr/bin/env bash
# Installs the Debian 12 packages this project needs to build, test and package, and only
# those that are missing. Used by `make run`, `make test` and .ci/run.
set -euo pipefail

packages=(
  build-essential cmake ninja-build file dpkg-dev pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqscintilla2-qt6-dev libgl1-mesa-dev qt6-qpa-plugins libqt6svg6
  xvfb xauth x11-utils imagemagick fonts-dejavu-core fonts-noto-cjk
  desktop-file-utils appstream
  clang clang-format libclang-rt-14-dev libbenchmark-dev zlib1g-dev
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if [[ ${#missing[@]} -eq 0 ]]; then
  exit 0
fi

echo "Installing missing packages: ${missing[*]}"
sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "error: need root or sudo to install: ${missing[*]}" >&2; exit 2; }
  sudo="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
