#!/usr/bin/env bash
# Writes a varied search workload for bench/wrk/search.lua from a running Dossier server: one
# request path per line, mixing plain words, phrases, boolean queries, entity filters, type and
# date filters, and paging. The words are the names of the store's own most mentioned entities
# plus common newswire topics, so every store gets queries that match something.
# Usage: bench/wrk/queries.sh http://127.0.0.1:7070 > /tmp/queries.txt
set -euo pipefail
base="${1:-http://127.0.0.1:7070}"
names="$(curl -sf "$base/api/v1/entities?limit=100" | python3 -c 'import json,sys; [print(e["name"]) for e in json.load(sys.stdin)["entities"]]')"
ids="$(curl -sf "$base/api/v1/entities?limit=100" | python3 -c 'import json,sys; [print(e["id"]) for e in json.load(sys.stdin)["entities"]]')"
python3 - "$names" "$ids" <<'PY'
import random, sys, urllib.parse
names = [n for n in sys.argv[1].splitlines() if n.strip()]
ids = [i for i in sys.argv[2].splitlines() if i.strip()]
topics = ["oil", "prices", "bank", "interest rates", "dollar", "trade", "tax", "profit", "dividend", "merger", "acquisition",
          "shares", "bonds", "inflation", "wheat", "coffee", "sugar", "gold", "exports", "imports", "deficit", "budget",
          "election", "minister", "strike", "crude", "gas", "loan", "debt", "earnings", "quarter", "stake", "takeover",
          "growth", "unemployment", "currency", "yen", "steel", "cars", "airline", "shipping", "grain", "soybeans", "talks"]
random.seed(42)
def q(**params):
    return "/api/v1/articles?" + urllib.parse.urlencode(params, doseq=True)
lines = []
for _ in range(400):
    kind = random.random()
    topic = random.choice(topics)
    if kind < 0.30:
        lines.append(q(q=topic))
    elif kind < 0.45:
        lines.append(q(q='"%s"' % random.choice(names)))
    elif kind < 0.55:
        lines.append(q(q="%s AND %s" % (topic, random.choice(topics))))
    elif kind < 0.70:
        lines.append(q(q=topic, entity=random.choice(ids)))
    elif kind < 0.80:
        lines.append(q(q=topic, type=random.choice(["PERSON", "ORGANIZATION", "LOCATION", "MISC"])))
    elif kind < 0.90:
        lines.append(q(q=topic, offset=random.choice([10, 20, 30])))
    else:
        lines.append(q(entity=random.choice(ids)))
for line in lines:
    print(line)
PY
