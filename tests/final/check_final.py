#!/usr/bin/env python3
"""Sanity checks for the hand-annotated final evaluation set (no parser involved)."""
import json, re, sys, glob, os

HERE = os.path.dirname(os.path.abspath(__file__))
OPEN = set('"“‘\'')
CLOSE = set('"”’\'')
ok = True

def err(msg):
    global ok
    ok = False
    print("  ERROR:", msg)

total_q = total_p = 0
for jpath in sorted(glob.glob(os.path.join(HERE, "[0-9][0-9]-*.json"))):
    stem = os.path.basename(jpath)[:-5]
    tpath = os.path.join(HERE, stem + ".txt")
    print(stem)
    try:
        data = json.load(open(jpath, encoding="utf-8"))
    except Exception as e:
        err(f"json does not parse: {e}"); continue
    text = open(tpath, encoding="utf-8").read()
    if set(data) != {"article", "quotes", "people", "notPeople"}:
        err(f"keys {sorted(data)}")
    if data["article"] != stem:
        err("article field != file stem")
    words = len(text.split())
    if not 300 <= words <= 700:
        err(f"word count {words}")
    ids = set()
    for p in data["people"]:
        if set(p) != {"id", "name", "aliases"}:
            err(f"person keys {p}")
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", p["id"]):
            err(f"bad id {p['id']}")
        if p["id"] in ids:
            err(f"dup id {p['id']}")
        ids.add(p["id"])
        for a in p["aliases"]:
            if a not in text:
                err(f"alias not in text: {a!r}")
            if a.endswith("'s") or a.endswith("’s"):
                err(f"alias has possessive: {a!r}")
    cur = 0
    kinds = {}
    for i, q in enumerate(data["quotes"]):
        if set(q) != {"text", "kind", "speaker"}:
            err(f"quote keys {q}")
        if q["kind"] not in ("direct", "partial", "unmarked"):
            err(f"bad kind {q}")
        kinds[q["kind"]] = kinds.get(q["kind"], 0) + 1
        idx = text.find(q["text"], cur)
        if q["kind"] in ("direct", "partial"):
            # prefer the first occurrence that actually sits after an opening mark
            j = idx
            while j >= 0 and (j == 0 or text[j - 1] not in OPEN):
                j = text.find(q["text"], j + 1)
            if j > 0:
                idx = j
        if idx < 0:
            where = text.find(q["text"])
            err(f"quote {i} not found in order (anywhere: {where}): {q['text'][:60]!r}")
            continue
        before = text[idx - 1] if idx else ""
        after = text[idx + len(q["text"]):idx + len(q["text"]) + 1]
        if q["kind"] in ("direct", "partial"):
            if before not in OPEN:
                err(f"quote {i} not preceded by opening mark: {before!r}")
            if after not in CLOSE and after != "\n":
                err(f"quote {i} not followed by closing mark: {after!r}")
        else:
            if before in OPEN:
                err(f"unmarked quote {i} preceded by a mark")
            if not text[idx + len(q["text"]):].startswith(","):
                err(f"unmarked quote {i} not followed by comma")
        cur = idx + len(q["text"])
        sp = q["speaker"]
        if isinstance(sp, str):
            if sp not in ids:
                err(f"quote {i} speaker {sp} not in people")
        elif isinstance(sp, dict):
            if set(sp) != {"name"} or sp["name"] not in text:
                err(f"quote {i} group speaker not in text: {sp}")
        elif sp is not None:
            err(f"quote {i} bad speaker {sp}")
    for n in data["notPeople"]:
        if n not in text:
            err(f"notPeople not in text: {n!r}")
    quoted = {q["speaker"] for q in data["quotes"] if isinstance(q["speaker"], str)}
    total_q += len(data["quotes"]); total_p += len(data["people"])
    print(f"  words={words} quotes={len(data['quotes'])} {kinds} people={len(data['people'])} "
          f"quotedPeople={len(quoted)} notPeople={len(data['notPeople'])}")
print(f"TOTAL quotes={total_q} people={total_p}")
print("OK" if ok else "FAILED")
sys.exit(0 if ok else 1)
