#!/usr/bin/env python3
"""`sitrep extract` under faults: exit codes, closed and full outputs,
signals mid-run, and streaming through stdin. Runs the real binary
($SITREP_BIN); python3 stdlib only."""
import os
import select
import signal
import stat
import subprocess
import sys
import threading
import time
import unittest

sys.dont_write_bytecode = True  # no __pycache__ in the source tree
from cli_support import (BASE_SENTENCE, SITREP, CliTestCase, parse_events, run,  # noqa: E402
                         write_corpus, write_jsonl)


def default_signals():
    # A test runner started in the background may ignore SIGINT, and sitrep
    # (like sort or make) keeps an inherited "ignore"; give it a normal start.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def popen(args, **kw):
    kw.setdefault("stdout", subprocess.PIPE)
    kw.setdefault("stderr", subprocess.PIPE)
    return subprocess.Popen([SITREP, *args], preexec_fn=default_signals, **kw)


def read_line(proc, seconds=30):
    """The next line of proc's stdout, or b"" when none comes in time."""
    ready, _, _ = select.select([proc.stdout], [], [], seconds)
    return proc.stdout.readline() if ready else b""


def wait_for(predicate, seconds):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if predicate():
            return True
        time.sleep(0.02)
    return False


class ExitCodes(CliTestCase):
    def test_missing_input_is_1_and_other_inputs_still_run(self):
        good = write_jsonl(self.path("good.jsonl"),
                           [{"id": "g", "published": "2021-03-02", "text": BASE_SENTENCE}])
        p = run(["extract", self.path("missing.txt"), good, "-q"])
        self.assertCleanFailure(p, 1, "missing.txt: cannot read")
        self.assertEqual([e["doc_id"] for e in parse_events(self, p.stdout)], ["g"])

    def test_bad_published_date_is_2(self):
        p = run(["extract", "-", "--published", "2021-02-31"], stdin=b"")
        self.assertCleanFailure(p, 2, "--published")

    def test_unwritable_output_is_2(self):
        p = run(["extract", "-", "-o", self.path("no/such/dir/out.jsonl")], stdin=b"")
        self.assertCleanFailure(p, 2, "cannot write")

    def test_missing_data_dir_is_2(self):
        p = run(["--data", self.path("nothing"), "extract", "-"], stdin=b"")
        self.assertCleanFailure(p, 2, "nothing")

    def test_usage_error_is_2(self):
        for args, message in [
            (["extract", "--format", "xml", "-"], "--format: xml not in {jsonl,csv}"),
            (["extract", "--bogus", "-"], "--bogus"),
            (["extract", "--threads", "many", "-"], "--threads"),
            (["extract"], "paths is required"),
            ([], "A subcommand is required"),
        ]:
            with self.subTest(args=args):
                p = run(args, stdin=b"")
                self.assertCleanFailure(p, 2, message)
                # One line, named like every other sitrep message.
                self.assertTrue(p.stderr.startswith(b"sitrep: "), p.stderr)
                self.assertEqual(p.stderr.count(b"\n"), 1, p.stderr)

    def test_help_is_0(self):
        p = run(["extract", "--help"])
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertIn(b"Exit status", p.stdout)


class ClosedAndFullOutput(CliTestCase):
    def corpus(self, articles=600):
        return write_corpus(self.path("corpus.jsonl"), articles)

    def test_closed_stdout_stops_with_a_message(self):
        with popen(["extract", self.corpus(), "--threads", "1"]) as proc:
            self.assertTrue(read_line(proc))
            proc.stdout.close()  # like `| head -1`
            err = proc.stderr.read().decode()
            self.assertEqual(proc.wait(timeout=30), 1, err)
        self.assertIn("standard output: cannot write: Broken pipe", err)

    def test_closed_stdout_stops_reading_an_endless_stdin(self):
        with open(self.corpus(60), "rb") as f:
            data = f.read()
        with popen(["extract", "-", "-q"], stdin=subprocess.PIPE) as proc:

            def feed():  # writes the corpus, then keeps the pipe open
                try:
                    proc.stdin.write(data)
                    proc.stdin.flush()
                except (BrokenPipeError, ValueError):
                    pass

            writer = threading.Thread(target=feed)
            writer.start()
            line = read_line(proc)
            proc.stdout.close()
            try:
                # stdin stays open: only the failed write can end the run.
                code = proc.wait(timeout=20)
            finally:
                proc.kill()
                writer.join()
            self.assertTrue(line)
            self.assertEqual(code, 1)
            self.assertIn("Broken pipe", proc.stderr.read().decode())

    def test_full_stdout(self):
        with open("/dev/full", "wb") as full:
            with popen(["extract", self.corpus(100)], stdout=full) as proc:
                err = proc.communicate(timeout=60)[1].decode()
        self.assertEqual(proc.returncode, 1, err)
        self.assertIn("No space left on device", err)

    def test_full_disk_with_output_file_leaves_nothing(self):
        if os.geteuid() != 0:
            self.skipTest("needs root to mount a tiny tmpfs")
        disk = self.path("disk")
        os.mkdir(disk)
        if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk],
                          stderr=subprocess.DEVNULL).returncode != 0:
            self.skipTest("cannot mount a tmpfs here")
        try:
            out = os.path.join(disk, "events.jsonl")
            p = run(["extract", self.corpus(300), "-o", out, "-q"])
            self.assertCleanFailure(p, 1, "No space left on device")
            self.assertEqual(os.listdir(disk), [])
        finally:
            subprocess.run(["umount", disk])

    def test_output_to_a_fifo_or_device_writes_in_place(self):
        # Never FILE.partial + rename for these: renaming over /dev/null as
        # root would replace the device with a regular file.
        fifo = self.path("events.fifo")
        os.mkfifo(fifo)
        got = []

        def read_all():
            with open(fifo, "rb") as f:
                got.append(f.read())

        reader = threading.Thread(target=read_all, daemon=True)
        reader.start()
        p = run(["extract", self.corpus(20), "-o", fifo, "-q"])
        reader.join(timeout=30)
        self.assertEqual(p.returncode, 0, p.stderr)
        self.assertTrue(got and parse_events(self, got[0]))
        self.assertTrue(stat.S_ISFIFO(os.stat(fifo).st_mode))
        self.assertEqual(sorted(os.listdir(self.tmp)), ["corpus.jsonl", "events.fifo"])

        p = run(["extract", self.corpus(20), "-o", "/dev/full", "-q"])
        self.assertCleanFailure(p, 1, "No space left on device")
        self.assertTrue(stat.S_ISCHR(os.stat("/dev/full").st_mode))
        self.assertFalse(os.path.exists("/dev/full.partial"))


class Signals(CliTestCase):
    def interrupt_mid_run(self, sig, code, word):
        corpus = write_corpus(self.path("corpus.jsonl"), 4000)
        out = self.path("events.jsonl")
        partial = out + ".partial"
        with popen(["extract", corpus, "-o", out, "--threads", "1"]) as proc:
            started = wait_for(lambda: os.path.exists(partial) and os.path.getsize(partial) > 0, 30)
            proc.send_signal(sig)
            err = proc.communicate(timeout=30)[1].decode()
        self.assertTrue(started, "no output before the signal: " + err)
        self.assertEqual(proc.returncode, code, err)
        self.assertIn(word + " after", err)
        self.assertFalse(os.path.exists(out))
        self.assertFalse(os.path.exists(partial))

    def test_sigint_mid_run(self):
        self.interrupt_mid_run(signal.SIGINT, 130, "interrupted")

    def test_sigterm_mid_run(self):
        self.interrupt_mid_run(signal.SIGTERM, 143, "terminated")

    def test_sigint_while_waiting_on_a_quiet_stdin(self):
        with popen(["extract", "-"], stdin=subprocess.PIPE) as proc:
            time.sleep(0.5)
            proc.send_signal(signal.SIGINT)
            err = proc.communicate(timeout=10)[1].decode()
        self.assertEqual(proc.returncode, 130, err)
        self.assertIn("interrupted", err)


class Streaming(CliTestCase):
    def test_records_come_out_while_stdin_stays_open(self):
        record = write_jsonl(self.path("one.jsonl"),
                             [{"id": "s1", "published": "2021-03-02", "text": BASE_SENTENCE}])
        with popen(["extract", "-", "-q"], stdin=subprocess.PIPE) as proc, \
                open(record, "rb") as f:
            proc.stdin.write(f.read())
            proc.stdin.flush()
            line = read_line(proc, 20)
            proc.stdin.close()
            proc.wait(timeout=20)
        self.assertIn(b'"doc_id":"s1"', line)
        self.assertEqual(proc.returncode, 0)

    def test_thread_count_does_not_change_the_output(self):
        corpus = write_corpus(self.path("corpus.jsonl"), 150)
        one = run(["extract", corpus, "--threads", "1", "-q"])
        three = run(["extract", corpus, "--threads", "3", "-q"])
        self.assertEqual(one.returncode, 0)
        self.assertTrue(parse_events(self, one.stdout))
        self.assertEqual(one.stdout, three.stdout)

    def test_stdin_equals_file_input(self):
        corpus = write_corpus(self.path("corpus.jsonl"), 50)
        from_file = run(["extract", corpus, "-q"])
        with open(corpus, "rb") as f:
            from_stdin = run(["extract", "-", "-q"], stdin=f.read())
        # doc ids come from the records, so both runs agree byte for byte.
        self.assertEqual(from_file.stdout, from_stdin.stdout)


if __name__ == "__main__":
    unittest.main(verbosity=2)
