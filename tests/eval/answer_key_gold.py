#!/usr/bin/env python3
"""Writes the answer key of an examples folder (the ```jsonl block of its
README.md) as a gold folder the shared scorer reads: articles.jsonl with one
{"id"} per document, and <id>.gold.json with that document's events.

Usage: answer_key_gold.py EXAMPLES_DIR OUT_DIR
Every document in EXAMPLES_DIR is listed, also those the key gives no
event, so events found in them count against precision."""
import json
import sys
from pathlib import Path

examples, out = Path(sys.argv[1]), Path(sys.argv[2])
readme = (examples / "README.md").read_text()
block = readme.split("```jsonl", 1)[1].split("```", 1)[0]
events = [json.loads(line) for line in block.splitlines() if line.strip()]
ids = []
for path in sorted(examples.iterdir()):
    if path.suffix in (".txt", ".html"):
        ids.append(path.stem)
    elif path.suffix == ".jsonl":
        ids += [json.loads(line)["id"] for line in path.read_text().splitlines() if line.strip()]
missing = sorted({e["doc_id"] for e in events} - set(ids))
if missing:
    sys.exit(f"answer key names documents not in {examples}: {missing}")
out.mkdir(parents=True, exist_ok=True)
(out / "articles.jsonl").write_text("".join(json.dumps({"id": i}) + "\n" for i in ids))
for i in ids:
    doc_events = [e for e in events if e["doc_id"] == i]
    (out / f"{i}.gold.json").write_text(json.dumps({"events": doc_events}))
