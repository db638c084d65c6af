#!/usr/bin/env python3
"""Validate dev annotations: JSON parses, quotes occur in order, ids/aliases consistent."""
import json, glob, os, re, sys, unicodedata
ok = True
tot_q = tot_p = 0
here = os.path.dirname(os.path.abspath(__file__))
for jp in sorted(glob.glob(os.path.join(here, '[0-9][0-9]-*.json'))):
    base = os.path.basename(jp)[:-5]
    txt = open(os.path.join(here, base + '.txt'), encoding='utf-8').read()
    d = json.load(open(jp, encoding='utf-8'))
    errs = []
    if d.get('article') != base: errs.append('article field mismatch')
    ids = {p['id'] for p in d['people']}
    for p in d['people']:
        if not re.fullmatch(r'[a-z0-9]+(-[a-z0-9]+)*', p['id']): errs.append('bad id ' + p['id'])
        for a in p['aliases']:
            if a not in txt: errs.append('alias not in text: ' + a)
    for n in d['notPeople']:
        if n not in txt: errs.append('notPeople not in text: ' + n)
    pos = 0
    for q in d['quotes']:
        i = txt.find(q['text'], pos)
        if i < 0: errs.append('quote not found in order: ' + q['text'][:60]); continue
        pos = i + len(q['text'])
        if q['kind'] not in ('direct', 'partial', 'unmarked'): errs.append('bad kind')
        s = q['speaker']
        if isinstance(s, str) and s not in ids: errs.append('unknown speaker ' + s)
        if isinstance(s, dict) and s['name'].lower() not in txt.lower(): errs.append('group speaker not in text: ' + s['name'])
    words = len(txt.split())
    if not 300 <= words <= 700: errs.append(f'word count {words}')
    tot_q += len(d['quotes']); tot_p += len(d['people'])
    print(f"{base}: {words} words, {len(d['quotes'])} quotes, {len(d['people'])} people, {len(d['notPeople'])} notPeople" + ('' if not errs else '\n  ' + '\n  '.join(errs)))
    ok &= not errs
print('TOTAL', tot_q, 'quotes', tot_p, 'people')
sys.exit(0 if ok else 1)
