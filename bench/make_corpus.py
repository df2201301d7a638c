#!/usr/bin/env python3
"""Builds a large JSONL benchmark corpus for `sitrep extract`.

Sentences come from examples/ (.txt after the header block, .jsonl `text`,
.html with tags stripped crudely) and, when present, the dev articles in
../shared/eval/dev/articles.jsonl. They are shuffled across articles and
regrouped into new articles with fresh ids, so no article repeats and no
per-article cache can help. The corpus is written outside the repo (it is
generated, never committed).

    bench/make_corpus.py OUT.jsonl [--mb 64] [--seed 1] [--shared DIR]
"""
import argparse
import html
import json
import os
import random
import re
import sys

HEADER_KEYS = ("title:", "outlet:", "url:", "published:")
SENTENCE_END = re.compile(r"(?<=[.!?\u201d\"])\s+(?=[A-Z\u201c\"(])")
OUTLETS = ("Bench Wire", "Sample Gazette", "Test Monitor", "Corpus Daily", "Synthetic Post")


def text_after_header(raw):
    """The body of a .txt article: everything after the optional header block."""
    lines = raw.split("\n")
    i = 0
    while i < len(lines) and lines[i].strip().lower().startswith(HEADER_KEYS):
        i += 1
    if i > 0 and i < len(lines) and not lines[i].strip():
        return "\n".join(lines[i + 1:])
    return raw


def strip_html(raw):
    """Paragraph text of a page; crude, enough for benchmark sentences."""
    raw = re.sub(r"(?is)<(script|style|nav|header|footer|aside)\b.*?</\1>", " ", raw)
    paragraphs = re.findall(r"(?is)<p\b[^>]*>(.*?)</p>", raw)
    out = []
    for p in paragraphs:
        p = html.unescape(re.sub(r"(?s)<[^>]+>", " ", p))
        p = re.sub(r"\s+", " ", p).strip()
        if p:
            out.append(p)
    return "\n\n".join(out)


def read_texts(examples_dir, shared_dir):
    texts = []
    for root, _, files in os.walk(examples_dir):
        for name in sorted(files):
            path = os.path.join(root, name)
            with open(path, encoding="utf-8", errors="replace") as f:
                raw = f.read()
            if name.endswith(".txt"):
                texts.append(text_after_header(raw))
            elif name.endswith((".html", ".htm")):
                texts.append(strip_html(raw))
            elif name.endswith(".jsonl"):
                texts.extend(json.loads(l).get("text", "") for l in raw.splitlines() if l.strip())
    dev = os.path.join(shared_dir, "eval", "dev", "articles.jsonl") if shared_dir else ""
    if dev and os.path.exists(dev):
        with open(dev, encoding="utf-8") as f:
            texts.extend(json.loads(l).get("text", "") for l in f if l.strip())
    return texts


def sentences_of(texts):
    out = []
    for t in texts:
        for para in re.split(r"\n\s*\n|\n", t):
            para = para.strip()
            if para:
                out.extend(s.strip() for s in SENTENCE_END.split(para) if s.strip())
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    repo = os.path.dirname(here)
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("out")
    ap.add_argument("--mb", type=float, default=64.0, help="corpus size in MiB (default 64)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--examples", default=os.path.join(repo, "examples"))
    ap.add_argument("--shared", default=os.environ.get("SITREP_SHARED_DIR",
                                                       os.path.join(repo, "..", "shared")))
    args = ap.parse_args()

    pool = sentences_of(read_texts(args.examples, args.shared))
    if not pool:
        sys.exit("make_corpus: no sentences found in " + args.examples)
    rng = random.Random(args.seed)
    target = int(args.mb * (1 << 20))
    written = articles = 0
    tmp = args.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as out:
        while written < target:
            paragraphs = []
            for _ in range(rng.randint(4, 12)):
                paragraphs.append(" ".join(rng.choice(pool) for _ in range(rng.randint(1, 4))))
            year = rng.randint(2012, 2024)
            record = {
                "id": "bench-%07d" % articles,
                "url": "https://bench.example.org/%d/%07d" % (year, articles),
                "outlet": rng.choice(OUTLETS),
                "published": "%04d-%02d-%02d" % (year, rng.randint(1, 12), rng.randint(1, 28)),
                "title": paragraphs[0][:90],
                "text": "\n\n".join(paragraphs),
            }
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
            articles += 1
    os.replace(tmp, args.out)
    print("corpus %s: %d articles, %.1f MiB, %d distinct sentences"
          % (args.out, articles, written / (1 << 20), len(pool)), file=sys.stderr)


if __name__ == "__main__":
    main()
