#!/usr/bin/env python3
"""`sitrep extract` on hostile inputs: each gives a clear error or a correct
result, never a crash, a hang or mangled output. Big inputs are generated
here at test time. Runs the real binary ($SITREP_BIN); python3 stdlib only."""
import datetime
import json
import sys
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from cli_support import (BASE_SENTENCE, BIG_MB, SANITIZED, CliTestCase, parse_events,  # noqa: E402
                         run, write_jsonl)

PUBLISHED = "2021-03-02"


def summary(e):
    return (e["event_type"], e["fatalities"], e["location"], e["event_date"])


class BadInputs(CliTestCase):
    def baseline(self):
        """What sitrep makes of the clean sentence, to compare damaged copies with."""
        path = write_jsonl(self.path("clean.jsonl"),
                           [{"id": "clean", "published": PUBLISHED, "text": BASE_SENTENCE}])
        p = run(["extract", path, "-q"])
        self.assertEqual(p.returncode, 0, p.stderr)
        events = parse_events(self, p.stdout)
        self.assertEqual(len(events), 1)
        self.assertEqual(events[0]["fatalities"], 2)
        return summary(events[0])

    def extract_records(self, records, code=0):
        path = write_jsonl(self.path("in.jsonl"), records)
        p = run(["extract", path, "-q"])
        self.assertEqual(p.returncode, code, p.stderr)
        return parse_events(self, p.stdout, {r["id"]: r["text"] for r in records})

    def test_invalid_utf8_is_repaired_and_the_event_kept(self):
        expected = self.baseline()
        raw = ("Published: %s\n\n" % PUBLISHED).encode() + BASE_SENTENCE.encode()
        damaged = raw.replace(b"Gunmen ", b"Gunmen \xff\xfe ", 1) + b" \xe2\x82"
        with open(self.path("damaged.txt"), "wb") as f:
            f.write(damaged)
        # Raw bad bytes inside a JSON string, as scrapers produce them.
        line = (b'{"id":"j","published":"%s","text":"' % PUBLISHED.encode() +
                BASE_SENTENCE.encode() + b' \xc3\x28 \xa0"}\n')
        with open(self.path("damaged.jsonl"), "wb") as f:
            f.write(line)
        p = run(["extract", self.path("damaged.txt"), self.path("damaged.jsonl"), "-q"])
        self.assertEqual(p.returncode, 0, p.stderr)
        events = parse_events(self, p.stdout)  # strict UTF-8 out
        self.assertEqual([e["doc_id"] for e in events], ["damaged", "j"])
        for e in events:
            self.assertEqual(summary(e), expected)

    def test_nul_bytes(self):
        expected = self.baseline()
        with open(self.path("nul.txt"), "wb") as f:
            f.write(BASE_SENTENCE.encode() + b"\x00\x00 more")
        p = run(["extract", self.path("nul.txt"), "-q"])
        self.assertCleanFailure(p, 1, "nul.txt: binary file, skipped")
        # An escaped NUL inside JSON is text: the record still counts.
        events = self.extract_records(
            [{"id": "n", "published": PUBLISHED, "text": BASE_SENTENCE + "\u0000 trailing"}])
        self.assertEqual([summary(e) for e in events], [expected])

    def test_fifty_megabyte_lines(self):
        expected = self.baseline()
        big = BIG_MB << 20
        with open(self.path("big.jsonl"), "w", encoding="utf-8") as f:
            f.write("x" * big + "\n")  # junk: one clear error, then on
            f.write(json.dumps({"id": "padded", "published": PUBLISHED, "text": BASE_SENTENCE,
                                "raw_html": "<p>" + "y" * big + "</p>"}) + "\n")
            f.write(json.dumps({"id": "after", "published": PUBLISHED,
                                "text": BASE_SENTENCE}) + "\n")
        p = run(["extract", self.path("big.jsonl"), "-q"], timeout=60)
        self.assertCleanFailure(p, 1, "big.jsonl:1: invalid JSON")
        events = parse_events(self, p.stdout)
        self.assertEqual([(e["doc_id"], summary(e)) for e in events],
                         [("padded", expected), ("after", expected)])

    def test_fifty_megabytes_of_one_word(self):
        # No spaces, no sentences: nothing to extract, and no blow-up.
        events = self.extract_records([{"id": "w", "text": "a" * (BIG_MB << 20)}])
        self.assertEqual(events, [])

    def test_deeply_nested_html_is_refused_quickly(self):
        with open(self.path("deep.html"), "w") as f:
            f.write("<html><body>" + "<div>" * 100000 + "<p>" + BASE_SENTENCE + "</p>" +
                    "</div>" * 100000 + "</body></html>")
        p = run(["extract", self.path("deep.html"), "-q"], timeout=20)
        self.assertCleanFailure(p, 1, "deep.html: HTML nested more than")

    # One paragraph of 100,000 sentences: every check that looks back along
    # the line or the paragraph must stay bounded (2 s in a Release build;
    # quadratic, it took a minute or more). run()'s timeout guards a hang.
    def test_hundred_thousand_sentences(self):
        if SANITIZED:
            raise unittest.SkipTest("too slow under sanitizers; the normal build runs it")
        pattern = ("Police raided Karrada.", "Rebels shelled Adhamiya.", "Calm returned.")
        text = " ".join(pattern[i % 3] for i in range(100000))
        path = write_jsonl(self.path("long.jsonl"),
                           [{"id": "long", "published": PUBLISHED, "text": text}])
        p = run(["extract", path, "-q", "--threads", "1"])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(parse_events(self, p.stdout, {"long": text}))

    def test_malformed_dates_and_numbers(self):
        texts = [
            "Gunmen killed 99999999999999999999 people in Karrada on 31 February 2021.",
            "Police said 1e999 soldiers died in Adhamiya on 2021-13-45.",
            "Militants killed -5 people in Adhamiya on 0/0/0000 and 32/13/2021.",
            "Rebels killed 1,2,3,4,5,6 people in Karrada on the 99th of Smarch 20211.",
            "Gunmen killed 3.5.6 people and wounded ٣ others in Karrada on 2021-02-29.",
            "Militants killed twenty-hundred-eleventy people near Adhamiya in 1e5 BC.",
            "Gunmen shelled Karrada on Feb. 2-29, killing 2147483647 and 14 more people.",
        ]
        records = [{"id": "d%d" % i, "published": PUBLISHED, "text": t}
                   for i, t in enumerate(texts)]
        records.append({"id": "badpub", "published": "2021-02-31", "text": BASE_SENTENCE})
        records.append({"id": "junkpub", "published": "yesterday-ish", "text": BASE_SENTENCE})
        for e in self.extract_records(records):
            if e["event_date"] is not None:
                datetime.date.fromisoformat(e["event_date"])
                self.assertGreaterEqual(e["event_date"], "1900")
            for field in ("fatalities", "injuries"):
                if e[field] is not None:
                    self.assertTrue(0 <= e[field] <= 100000, (field, e[field], e["doc_id"]))

    def test_mixed_scripts(self):
        expected = self.baseline()
        texts = {
            "arabic": BASE_SENTENCE.replace("Karrada", "Karrada (الكرادة)") +
            " وقالت الشرطة إن المهاجمين فروا.",
            "cyrillic": "Свидетели сообщили о стрельбе. " + BASE_SENTENCE +
            " Глава города Ахмед Ривад заявил: «Это нападение».",
            "names": BASE_SENTENCE.replace("Gunmen", "Gunmen loyal to Абу Мухаммад (أبو محمد)"),
        }
        events = self.extract_records([{"id": k, "published": PUBLISHED, "text": v}
                                       for k, v in texts.items()])
        self.assertEqual(sorted(e["doc_id"] for e in events), sorted(texts))
        for e in events:
            self.assertEqual(summary(e), expected, e["doc_id"])

    def check_marks(self, marks):
        expected = self.baseline()
        events = self.extract_records([{"id": k, "published": PUBLISHED, "text": v}
                                       for k, v in marks.items()])
        self.assertEqual(sorted(e["doc_id"] for e in events), sorted(marks))
        for e in events:
            self.assertEqual(summary(e), expected, e["doc_id"])

    def test_bidi_and_invisible_marks(self):
        self.check_marks({
            "embedding": "\u202b" + BASE_SENTENCE + "\u202c",
            "isolate": BASE_SENTENCE.replace("two soldiers", "\u2067two soldiers\u2069"),
            "zwj_bom": "\ufeff" + BASE_SENTENCE.replace("police said", "police\u200d said"),
        })

    # The place finder reads the text without invisible marks, so one next
    # to a name ("in \u200fKarrada\u200e") no longer hides it.
    def test_bidi_marks_around_a_place_name(self):
        self.check_marks({
            "rlm": BASE_SENTENCE.replace("Karrada", "\u200fKarrada\u200e"),
            "zwsp": BASE_SENTENCE.replace("in Karrada", "in\u200b Karrada\u200b"),
        })
        text = BASE_SENTENCE.replace("Karrada", "\u200fKarrada\u200e")
        p = run(["geoparse", write_jsonl(self.path("geo.jsonl"), [{"id": "g", "text": text}])])
        self.assertEqual(p.returncode, 0, p.stderr)
        mentions = [json.loads(line) for line in p.stdout.splitlines()]
        spans = [text.encode()[m["start"]:m["end"]].decode() for m in mentions]
        self.assertIn("Karrada", spans)

if __name__ == "__main__":
    unittest.main(verbosity=2)
