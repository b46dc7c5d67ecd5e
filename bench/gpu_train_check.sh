#!/usr/bin/env bash
# GPU systems check of `slmsql train sft` and `slmsql train grpo` (see bench/gpu_train_check.py):
# random models with the 0.5B's and 1.5B's architecture, CUDA, bf16; results in $OUT/summary.json.
# Prepare the assets first where the data and models are: python bench/gpu_train_check.py prepare
set -euo pipefail
: "${OUT:?set OUT to the folder for the results}"
cd "$(dirname "$0")/.."
nvidia-smi --query-gpu=name,memory.total --format=csv,noheader > "$OUT/gpu.txt" || true
exec timeout 470 "${PYTHON:-python3}" bench/gpu_train_check.py run --assets "${ASSETS:-bench/gpu_assets}" --out "$OUT"
