#!/bin/sh
# Two-fold cross-validation over the ECB+ working topics (scripts/claims-split.py) of the claim
# alignment thresholds on `parallax eval corroboration --scope event`. Folds fixed here.
# Output: one line per fold and setting: fold, same, other, precision, prose sentence recall.
FOLD_A=1,2,5,10,16,20,21   # random.Random(12).shuffle of the working topics, first seven
FOLD_B=4,6,8,13,14,19
BIN=${BIN:-.build/debug/parallax}
for same in ${SAME:-0.16 0.18 0.20 0.22 0.24 0.26 0.28 0.30}; do
  for other in ${OTHER:-0.35 0.45}; do
    for fold in A B; do
      topics=$([ $fold = A ] && echo $FOLD_A || echo $FOLD_B)
      $BIN eval corroboration --scope event --topics $topics --same-threshold $same --other-happening-threshold $other \
        | awk -v f=$fold -v s=$same -v o=$other '/title lines left out/ { for (i = 1; i <= NF; i++) if ($i == "out") r = $(i + 1) }
          /^precision/ { p = $2; sub(",", "", p); print f, s, o, p, r }'
    done
  done
done
