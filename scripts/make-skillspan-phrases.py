#!/usr/bin/env python3
"""Builds taxonomy's skillspan-phrases.txt from the shared SkillSpan training split (MIT, kris927b/SkillSpan).

Every distinct gold skill span and knowledge span (BIO tags) of skillspan_train.jsonl.gz, lower-cased, its
tokens joined by single spaces as SkillSpan writes them; spans with a de-identification tag (<ORGANIZATION>,
...) or of one character are left out. The training split only: the TECH and HOUSE gold sets come from
SkillSpan's dev and test splits. Run from the repository root:
    python3 scripts/make-skillspan-phrases.py
"""
import gzip
import json

SRC = "../shared/data/postings/skillspan/skillspan_train.jsonl.gz"
OUT = "taxonomy/src/main/resources/org/microcert/taxonomy/extract/skillspan-phrases.txt"
HEADER = """# Skill and knowledge phrases that job postings use, one per line, lower-cased: every distinct gold
# skill span and knowledge span of the SkillSpan training split (data/json/train.json of
# kris927b/SkillSpan, commit 2ccf3de5; Zhang et al., "SkillSpan: Hard and Soft Skill Extraction from
# English Job Postings", NAACL 2022; MIT licence, (c) 2023 Mike Zhang), tokens joined by single spaces
# as SkillSpan writes them; spans with a de-identification tag (<ORGANIZATION>, ...) or of one
# character left out. The training split only: the TECH and HOUSE gold sets microcert is measured on
# come from SkillSpan's dev and test splits. Used by SkillPhrases (docs/evidence-quality.md).
"""


def spans(tokens, tags):
    out, cur = [], []
    for t, g in zip(tokens, tags):
        if g.startswith("B"):
            if cur:
                out.append(cur)
            cur = [t]
        elif g.startswith("I") and cur:
            cur.append(t)
        else:
            if cur:
                out.append(cur)
            cur = []
    if cur:
        out.append(cur)
    return out


phrases = set()
for line in gzip.open(SRC, "rt", encoding="utf-8"):
    r = json.loads(line)
    for tags in (r["tags_skill"], r["tags_knowledge"]):
        for sp in spans(r["tokens"], tags):
            p = " ".join(w.lower() for w in sp)
            if "<" not in p and len(p) >= 2:
                phrases.add(p)
with open(OUT, "w", encoding="utf-8") as f:
    f.write(HEADER)
    for p in sorted(phrases):
        f.write(p + "\n")
print(f"{len(phrases)} phrases -> {OUT}")
