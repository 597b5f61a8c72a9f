#!/usr/bin/env python3
"""Builds skillspan-tech-sample.jsonl.gz from the shared SkillSpan postings (MIT, kris927b/SkillSpan).

Keeps the 140 TECH postings (StackOverflow job ads, 2020-12 to 2021-08) in the common schema. The
postings carry no title or date fields; both are read from the posting's own text: the title is its
first line without de-identification tags and gender notes, the date the "Date posted:" line (empty
when absent). The text is unchanged. Run from the repository root:
    python3 data-samples/postings/make-skillspan-sample.py
"""
import gzip
import json
import re

SRC = "../shared/data/postings/skillspan/skillspan_postings.jsonl.gz"
OUT = "data-samples/postings/skillspan-tech-sample.jsonl.gz"

rows = []
for line in gzip.open(SRC, "rt", encoding="utf-8"):
    p = json.loads(line)
    if p["source"] != "skillspan_tech":
        continue
    text = p["text"]
    first = text.split("\n", 1)[0]
    title = re.sub(r"<[A-Z_]+>", " ", first)
    title = re.sub(r"\(\s*[mwfdx]\s*/\s*[mwfdx](\s*/\s*[mwfdx])?\s*\)", " ", title, flags=re.I)
    title = re.sub(r"\s+", " ", title).strip(" -|")
    m = re.search(r"Date posted: (\d{4}-\d{2}-\d{2})", text)
    rows.append({
        "source": "skillspan_tech", "id": p["id"], "title": title, "company": "", "location": "",
        "region": "", "country": "", "date_posted": m.group(1) if m else "", "url": "",
        "text": text, "lang": "en"})
with gzip.GzipFile(OUT, "wb", mtime=0) as f:
    for r in rows:
        f.write((json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8"))
print(len(rows), "postings ->", OUT)
