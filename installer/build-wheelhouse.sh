#!/usr/bin/env bash
# Download every wheel Citizen Space needs on Windows 64-bit / Python 3.11 into one folder,
# so that machines without network can install with `pip install --no-index`.
set -euo pipefail
out=${1:-wheelhouse}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"
python3 -m pip wheel "$here" --no-deps -w "$out"
python3 -m pip download "$here" -d "$out" --only-binary=:all: -c "$here/constraints.txt" \
    --platform win_amd64 --python-version 3.11 --implementation cp
echo "Wheelhouse ready in $out"
