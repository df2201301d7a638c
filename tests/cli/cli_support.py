"""Shared helpers for the CLI tests: they run the real `sitrep` binary.

The binary comes from $SITREP_BIN (CTest sets it to the build's sitrep).
Articles are built from sentences written for these tests; nothing is read
from ../shared.
"""
import json
import os
import random
import subprocess
import tempfile
import unittest

SITREP = os.environ.get("SITREP_BIN", "sitrep")


def _sanitized(path):
    try:
        with open(path, "rb") as f:
            return b"__asan_" in f.read()
    except OSError:
        return False


# An ASan/UBSan Debug build runs ten or more times slower: big inputs shrink
# there (the normal build keeps the full sizes), so the suite stays ~1 min.
SANITIZED = _sanitized(SITREP)
BIG_MB = 8 if SANITIZED else 50

# One complete report: attacker, target, place, day, toll, source. Places
# come from data/places, so results do not depend on the world gazetteer.
BASE_SENTENCE = ("Gunmen attacked a police checkpoint in Karrada on Monday, "
                 "killing two soldiers, police said.")

# Sentences for bulk inputs; several carry an event, the rest are context.
SENTENCES = (
    BASE_SENTENCE,
    "Militants fired mortars at an army post near Adhamiya on Tuesday, wounding four soldiers.",
    "A roadside bomb struck a convoy outside Bagram, killing three people, officials said.",
    "Hundreds of teachers marched through Sadr City to demand unpaid wages.",
    "Police arrested twelve protesters in Hodan on Friday.",
    "Rebels captured two villages near Mitiga after heavy fighting, a monitor said.",
    "The ministry said it would open an inquiry into the incident.",
    "Residents said the market had reopened by the afternoon.",
    "The governor called for calm and promised more patrols on the main road.",
    "Aid groups warned that food prices had doubled since the spring.",
)


def make_article(rng, index, sentences=12):
    """A JSONL record of `sentences` shuffled sentences with a fresh id."""
    picked = [rng.choice(SENTENCES) for _ in range(sentences)]
    paragraphs = [" ".join(picked[i:i + 3]) for i in range(0, len(picked), 3)]
    return {"id": "cli-%06d" % index, "published": "2021-03-%02d" % (1 + index % 28),
            "outlet": "Test Wire", "title": picked[0][:60], "text": "\n\n".join(paragraphs)}


def write_corpus(path, articles, seed=7, sentences=12):
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(articles):
            f.write(json.dumps(make_article(rng, i, sentences), ensure_ascii=False) + "\n")
    return path


def write_jsonl(path, records):
    with open(path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return path


def run(args, stdin=None, timeout=60, **kw):
    """Runs sitrep with `args`; returns the CompletedProcess (bytes)."""
    return subprocess.run([SITREP, *args], input=stdin, stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, timeout=timeout, **kw)


def parse_events(test, stdout, texts=None):
    """Parses JSONL events and checks what every record must satisfy: strict
    UTF-8, one JSON object per line, evidence and spans inside the text. With
    `texts` ({doc_id: text}), evidence must be the exact bytes of the input."""
    events = []
    for n, line in enumerate(stdout.split(b"\n"), 1):
        if not line:
            continue
        try:
            e = json.loads(line.decode("utf-8", errors="strict"))
        except (UnicodeDecodeError, ValueError) as err:
            test.fail("output line %d is not UTF-8 JSON: %s: %r" % (n, err, line[:200]))
        ev = e["evidence"]
        test.assertLessEqual(0, ev["start"])
        test.assertLessEqual(ev["start"], ev["end"])
        for field, span in e.get("spans", {}).items():
            test.assertLessEqual(span[0], span[1], field)
        if texts is not None and e["doc_id"] in texts:
            raw = texts[e["doc_id"]].encode("utf-8")
            test.assertLessEqual(ev["end"], len(raw))
            test.assertEqual(raw[ev["start"]:ev["end"]].decode("utf-8"), ev["text"])
            for field, span in e.get("spans", {}).items():
                test.assertLessEqual(span[1], len(raw), field)
                raw[span[0]:span[1]].decode("utf-8")  # on character boundaries
        events.append(e)
    return events


class CliTestCase(unittest.TestCase):
    """Gives each test a scratch directory, removed afterwards."""

    def setUp(self):
        self._tmp = tempfile.TemporaryDirectory(prefix="sitrep-cli-")
        self.tmp = self._tmp.name

    def tearDown(self):
        self._tmp.cleanup()

    def path(self, name):
        return os.path.join(self.tmp, name)

    def assertCleanFailure(self, proc, code, message):
        """Exit `code`, `message` on stderr, and no sign of a crash."""
        err = proc.stderr.decode("utf-8", "replace")
        self.assertEqual(proc.returncode, code, err)
        self.assertIn(message, err)
        for crash in ("terminate called", "Segmentation", "AddressSanitizer", "runtime error"):
            self.assertNotIn(crash, err)
