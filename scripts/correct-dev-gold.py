#!/usr/bin/env python3
"""Writes a hand-corrected copy of the dev mention gold (for reporting only; see corrections.json).

usage: correct-dev-gold.py EVAL_DIR OUT_JSON
"""
import json, os, re, sys

eval_dir, out = sys.argv[1:3]
fix = json.load(open(os.path.join(os.path.dirname(__file__), "..", "test", "fixtures", "people-dev-corrected", "corrections.json")))
gold = json.load(open(os.path.join(eval_dir, "people-dev", "gold.json")))
drop = set(fix["notPeople"])
for doc in gold["docs"]:
    text = open(os.path.join(eval_dir, "people-dev", "docs", doc["file"]), encoding="utf-8").read()
    persons = [p for p in doc["persons"] if p["text"] not in drop]
    for name in fix["people"].get(doc["file"], []):
        for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
            if not any(p["start"] < m.end() and m.start() < p["end"] for p in persons):
                persons.append({"start": m.start(), "end": m.end(), "text": name})
    doc["persons"] = sorted(persons, key=lambda p: p["start"])
gold["source"] += " Hand-corrected copy, biased toward Groundwork's own output: see corrections.json."
json.dump(gold, open(out, "w"), indent=1)
