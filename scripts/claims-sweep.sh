#!/bin/sh
# Two-fold cross-validation over the ECB+ working topics (scripts/claims-split.py) of the claim
# alignment thresholds on `parallax eval corroboration --scope event`. The folds are the working
# topics shuffled by random.Random(12), first seven against the rest. Output: one line per fold and
# setting: fold, sameThreshold, wordsOnlyThreshold, precision, judgeable pairs, sentence
# recall with title lines left out. Choose on one fold, read the other (docs/claims.md).
FOLD_A=1,2,5,10,16,20,21
FOLD_B=4,6,8,13,14,19
BIN=${BIN:-.build/debug/parallax}
for same in ${SAME:-0.15 0.20 0.28}; do
  for words in ${WORDS:-0.28 0.35 0.45}; do
    for fold in A B; do
      topics=$([ $fold = A ] && echo $FOLD_A || echo $FOLD_B)
      $BIN eval corroboration --scope event --topics $topics --setting sameThreshold=$same \
        --setting wordsOnlyThreshold=$words \
        | awk -v f=$fold -v s=$same -v o=$words '/title lines left out/ { for (i = 1; i <= NF; i++) if ($i == "out") r = $(i + 1) }
          /^precision/ { p = $2; sub(",", "", p); j = $NF; print f, s, o, p, j, r }'
    done
  done
done
