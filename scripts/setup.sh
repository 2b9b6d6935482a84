#!/usr/bin/env bash
# Set up a virtual environment with everything the assistant and its tests need.
# Works offline except for the package registries (PyPI, Debian).
set -euo pipefail
cd "$(dirname "$0")/.."

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
export PIP_DISABLE_PIP_VERSION_CHECK=1
# torch first, pinned: the CPU build lies on local disk; a bare `torch` can pull CUDA
.venv/bin/pip install -q "torch==2.13.0"
# llama.cpp (the local backend) built for any x86-64 CPU with AVX2, not for this one: a native
# build on a CPU that reports AMX tiles crashed on its first decode here (the virtual machine
# does not enable them), taking the whole test run down with a segmentation fault
if [ "$(uname -m)" = "x86_64" ] && ! .venv/bin/python -c "import llama_cpp" 2>/dev/null; then
  CMAKE_ARGS="-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON" \
    .venv/bin/pip install -q --no-cache-dir "llama-cpp-python==0.3.36"
fi
.venv/bin/pip install -q -e ".[dev,local]"

# a real browser for the UI tests (Debian's chromium; Playwright's own download fails here)
if [ "${SKIP_BROWSER:-0}" != "1" ] && ! command -v chromium >/dev/null 2>&1; then
  if command -v apt-get >/dev/null 2>&1; then
    SUDO=""; [ "$(id -u)" = "0" ] || SUDO="sudo"
    $SUDO apt-get update -qq >/dev/null
    $SUDO apt-get install -y -qq chromium >/dev/null
  fi
fi
echo "setup done: $(.venv/bin/python --version), torch $(.venv/bin/python -c 'import torch; print(torch.__version__)')"
