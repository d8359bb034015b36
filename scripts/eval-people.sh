#!/usr/bin/env bash
# The dev-set measurement: person-mention F1 (../shared/eval) and person cards against our own
# card gold (test/fixtures/people-cards). Run after `npm run build`.
set -euo pipefail
EVAL="${GROUNDWORK_EVAL:-$(cd "$(dirname "$0")/.." && pwd)/../shared/eval}"
[ -d "$EVAL" ] || EVAL=/work/shared/eval
mkdir -p out
node dist/cli.js entities "$EVAL/people-dev/docs" --json > out/people-pred.json
python3 "$EVAL/person_f1.py" "$EVAL/people-dev/docs" "$EVAL/people-dev/gold.json" out/people-pred.json --min 0
node scripts/score-people-cards.mjs out/people-pred.json test/fixtures/people-cards/dev-roles.json "$@"
# Our own held-back news (test/fixtures/people-heldout, never tuned on): mentions and cards.
HELD=test/fixtures/people-heldout
node dist/cli.js entities "$HELD/docs" --json > out/heldout-pred.json
python3 "$EVAL/person_f1.py" "$HELD/docs" "$HELD/gold.json" out/heldout-pred.json --min 0 2>/dev/null | sed 's/^/held-back: /'
node scripts/score-people-cards.mjs out/heldout-pred.json "$HELD/cards.json" | sed 's/^/held-back: /'
node scripts/score-people-cards.mjs out/people-pred.json test/fixtures/people-cards/dev-roles-heldback.json | sed 's/^/dev held-back cards: /'
# A second held-back set, written after the fixes and never tuned on.
HELD2=test/fixtures/people-heldout2
node dist/cli.js entities "$HELD2/docs" --json > out/heldout2-pred.json
python3 "$EVAL/person_f1.py" "$HELD2/docs" "$HELD2/gold.json" out/heldout2-pred.json --min 0 2>/dev/null | sed 's/^/held-back 2: /'
# The dev gold with its obvious errors corrected by hand: biased toward our own output (only our
# disagreements with the gold were reviewed), so it shows what is left, not how good we are.
python3 scripts/correct-dev-gold.py "$EVAL" out/dev-gold-corrected.json
python3 "$EVAL/person_f1.py" "$EVAL/people-dev/docs" out/dev-gold-corrected.json out/people-pred.json --min 0 2>/dev/null | sed 's/^/dev, hand-corrected (biased): /'
