#!/bin/sh
# Two-fold cross-validation (folds of scripts/claims-sweep.sh), both scopes: fold, scope, precision,
# judgeable pairs, title-free sentence recall. Extra arguments go to `parallax eval corroboration`.
# GOLD: the corroboration gold (default ../shared/eval/corroboration/ecbplus-dev.jsonl.gz).
# usage: cv.sh "extra args"  -> fold A/B event precision judgeable recall(title-free), plus whole
BIN=${BIN:-.build/debug/parallax}
for fold in A B; do
  topics=$([ $fold = A ] && echo 1,2,5,10,16,20,21 || echo 4,6,8,13,14,19)
  $BIN eval corroboration ${GOLD:-../shared/eval/corroboration/ecbplus-dev.jsonl.gz} --scope both --topics $topics "$@" | awk -v f=$fold '/^scope/ {sc=$2} /title lines left out/ { for (i = 1; i <= NF; i++) if ($i == "out") r = $(i + 1) } /^precision/ { p = $2; sub(",", "", p); printf "%s %s p=%s j=%s r=%s\n", f, sc, p, $NF, r }'
done
