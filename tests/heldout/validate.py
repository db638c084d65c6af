#!/usr/bin/env python3
"""Sanity checks for the held-out annotation set (no parser involved).

For each NN-slug.txt / NN-slug.json pair:
  * JSON parses, "article" matches the file stem, kinds are valid
  * every quote text occurs in the article, in reading order (start offsets
    strictly increasing; a nested quote may start inside the previous one)
  * marked quotes (direct/partial) are bounded by a quote mark on the left and a
    quote mark (or end of paragraph, for open multi-paragraph quotes) on the right
  * string speakers refer to a declared person id; every alias and notPeople
    phrase occurs in the text
  * word count is reported
"""
import json, re, sys, pathlib

D = pathlib.Path(__file__).resolve().parent
OPEN = set('"“‘\'')
CLOSE = set('"”’\'')
ok = True

def fail(msg):
    global ok
    ok = False
    print("  FAIL:", msg)

for txt in sorted(D.glob("[0-9][0-9]-*.txt")):
    js = txt.with_suffix(".json")
    text = txt.read_text(encoding="utf-8")
    print(f"{txt.stem}: {len(text.split())} words", end="")
    try:
        ann = json.loads(js.read_text(encoding="utf-8"))
    except Exception as e:
        print(); fail(f"{js.name} does not parse: {e}"); continue
    print(f", {len(ann['quotes'])} quotes, {len(ann['people'])} people")
    if ann.get("article") != txt.stem:
        fail("article field mismatch")
    ids = {p["id"] for p in ann["people"]}
    pos = -1
    for i, q in enumerate(ann["quotes"]):
        t = q["text"]
        if q["kind"] not in ("direct", "partial", "unmarked"):
            fail(f"quote {i}: bad kind {q['kind']}")
        j = text.find(t, pos + 1)
        if j < 0:
            fail(f"quote {i} not found in order: {t[:60]!r}")
            continue
        if q["kind"] != "unmarked":
            before = text[j - 1] if j > 0 else ""
            after = text[j + len(t)] if j + len(t) < len(text) else "\n"
            if before not in OPEN:
                fail(f"quote {i} not preceded by an opening mark: {t[:40]!r}")
            if after not in CLOSE and after != "\n":
                fail(f"quote {i} not followed by a closing mark: {t[:40]!r}")
        sp = q["speaker"]
        if isinstance(sp, str) and sp not in ids:
            fail(f"quote {i}: unknown speaker {sp}")
        pos = j
    for p in ann["people"]:
        if not re.fullmatch(r"[a-z]+(-[a-z]+)*", p["id"]):
            fail(f"bad id {p['id']}")
        for a in p["aliases"]:
            if a not in text:
                fail(f"alias not in text: {a}")
    for n in ann["notPeople"]:
        if n not in text:
            fail(f"notPeople not in text: {n}")

print("ALL OK" if ok else "PROBLEMS FOUND")
sys.exit(0 if ok else 1)
