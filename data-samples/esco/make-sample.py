#!/usr/bin/env python3
"""Builds the shipped ESCO v1.1.1 sample from the full official English release.

Usage: python3 make-sample.py [SOURCE_DIR] [OUT_DIR] [POSTINGS]
  SOURCE_DIR defaults to /work/shared/data/esco (official ESCO v1.1.1 CSV files, English)
  OUT_DIR    defaults to the folder holding this script
  POSTINGS   defaults to ../postings/skillspan-tech-sample.jsonl.gz next to this script

Selection (deterministic):
  * the occupations in OCCUPATIONS below (chosen for Ontario micro-credentials);
  * all their essential skills, all skills of the transversal skills collection (for attitudes),
    then, in relation file order, their optional skills whose preferred label (without a bracketed
    qualifier) is written in the shipped posting texts as whole words, case-insensitively (a short
    acronym label such as SQL or R only in capitals, as the extractor's UpperCaseRule does), so
    that the demo's postings name them by a label the extractor's primary-label filter keeps;
    at most MAX_SKILLS skills in all;
  * the skill groups and ISCO groups above the kept concepts (broader closure);
  * every relation / collection / hierarchy row whose concepts are all kept.
Rows are copied byte for byte (CRLF records, LF inside quoted cells), in source order. Only
conceptSchemes_en.csv is rewritten: each hasTopConcept cell keeps only the kept concepts.
"""
import csv
import gzip
import io
import json
import os
import re
import sys

csv.field_size_limit(1 << 30)

SRC = sys.argv[1] if len(sys.argv) > 1 else "/work/shared/data/esco"
OUT = sys.argv[2] if len(sys.argv) > 2 else os.path.dirname(os.path.abspath(__file__))
POSTINGS = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
    os.path.dirname(os.path.abspath(__file__)), "..", "postings", "skillspan-tech-sample.jsonl.gz")
MAX_SKILLS = 800
MAX_ACRONYM_LENGTH = 6
WORD = re.compile(r"[^\W_]+|[+#]+")

OCCUPATIONS = [
    "software developer", "web developer", "data scientist", "data analyst",
    "database administrator", "ICT security technician", "nurse responsible for general care",
    "community health worker", "welder", "electrician", "plumber", "carpenter", "accountant",
    "bookkeeper", "early years teacher", "child care worker", "cook", "moving truck driver",
    "project manager", "marketing manager", "customer service representative",
    "human resources officer",
]
COLLECTIONS = [
    "transversalSkillsCollection", "digitalSkillsCollection", "greenSkillsCollection",
    "languageSkillsCollection", "researchSkillsCollection", "researchOccupationsCollection",
    "digCompSkillsCollection",
]


def raw_records(path):
    """(header bytes, [(record bytes, fields)]) splitting at CRLF/LF outside quotes."""
    data = open(path, "rb").read()
    recs, start, quoted, i, n = [], 0, False, 0, len(data)
    while i < n:
        c = data[i]
        if c == 0x22:
            quoted = not quoted
        elif c == 0x0A and not quoted:
            recs.append(data[start:i + 1])
            start = i + 1
        i += 1
    if start < n:
        recs.append(data[start:])
    out = []
    for r in recs:
        fields = next(csv.reader(io.StringIO(r.decode("utf-8"), newline="")))
        out.append((r, fields))
    header = out[0]
    return header, out[1:]


def words(text):
    """' w1 w2 ... ' : the text's words (letters/digits, or runs of + and #), space-padded."""
    return " " + " ".join(WORD.findall(text)) + " "


def is_acronym(label):
    """A short label in capitals (SQL, R, PHP), as UpperCaseRule.isAcronym in the extractor."""
    return (0 < len(label) <= MAX_ACRONYM_LENGTH and not any(c.islower() or c.isspace() for c in label)
            and any(c.isalpha() for c in label))


def without_qualifier(label):
    """'Python (computer programming)' -> 'Python', as LabelFilter.withoutQualifier."""
    open_ = label.find("(")
    return label[:open_].strip() if open_ > 0 and label.endswith(")") else label


def posting_texts(path):
    """The texts of a JSON-lines posting file (gzip if it ends in .gz), as (exact, lower-case) words."""
    opener = gzip.open if path.endswith(".gz") else open
    texts = []
    with opener(path, "rt", encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                text = json.loads(line)["text"]
            except (ValueError, KeyError) as e:
                sys.exit("Cannot read postings %s line %d field text: %s" % (path, n, e))
            texts.append(words(text))
    return [(t, t.lower()) for t in texts]


def named_in(label, texts):
    """Whether the label (without qualifier) is written in one of the texts as whole words."""
    label = without_qualifier(label)
    if is_acronym(label):
        phrase = words(label)
        return any(phrase in exact for exact, _ in texts)
    phrase = words(label.lower())
    return phrase.strip() != "" and any(phrase in lower for _, lower in texts)


class Table:
    def __init__(self, name):
        self.name = name
        (self.header_raw, self.header), self.rows = raw_records(os.path.join(SRC, name))
        self.col = {h: i for i, h in enumerate(self.header)}

    def get(self, fields, column):
        i = self.col[column]
        return fields[i] if i < len(fields) else ""

    def write(self, keep):
        kept = [raw for raw, f in self.rows if keep(f)]
        with open(os.path.join(OUT, self.name), "wb") as out:
            out.write(self.header_raw)
            for raw in kept:
                out.write(raw)
        return len(kept)


def main():
    counts = {}
    occ = Table("occupations_en.csv")
    by_label = {occ.get(f, "preferredLabel"): occ.get(f, "conceptUri") for _, f in occ.rows}
    missing = [o for o in OCCUPATIONS if o not in by_label]
    if missing:
        sys.exit("Cannot build the ESCO sample: occupations not found: %s" % missing)
    occupations = {by_label[o] for o in OCCUPATIONS}

    skills_t = Table("skills_en.csv")
    rel = Table("occupationSkillRelations_en.csv")
    essential, optional = [], []
    for _, f in rel.rows:
        if rel.get(f, "occupationUri") in occupations:
            (essential if rel.get(f, "relationType") == "essential" else optional).append(
                rel.get(f, "skillUri"))
    skills = set(essential)
    trans = Table("transversalSkillsCollection_en.csv")
    skills |= {trans.get(f, "conceptUri") for _, f in trans.rows}
    texts = posting_texts(POSTINGS)
    labels = {skills_t.get(f, "conceptUri"): skills_t.get(f, "preferredLabel") for _, f in skills_t.rows}
    named = []
    for s in dict.fromkeys(optional):
        if s not in skills and named_in(labels[s], texts):
            if len(skills) >= MAX_SKILLS:
                sys.exit("Cannot build the ESCO sample: more than %d skills" % MAX_SKILLS)
            skills.add(s)
            named.append(s)

    # broader closure in the skills pillar (skill groups; skills may also have broader skills)
    bs = Table("broaderRelationsSkillPillar_en.csv")
    broader = {}
    for _, f in bs.rows:
        broader.setdefault(bs.get(f, "conceptUri"), []).append(bs.get(f, "broaderUri"))
    groups_t = Table("skillGroups_en.csv")
    group_uris = {groups_t.get(f, "conceptUri") for _, f in groups_t.rows}
    groups, todo = set(), list(skills)
    while todo:
        for b in broader.get(todo.pop(), []):
            if b in group_uris and b not in groups:
                groups.add(b)
                todo.append(b)
    pillar = skills | groups

    bo = Table("broaderRelationsOccPillar_en.csv")
    obroader = {}
    for _, f in bo.rows:
        obroader.setdefault(bo.get(f, "conceptUri"), []).append(bo.get(f, "broaderUri"))
    isco_t = Table("ISCOGroups_en.csv")
    isco_uris = {isco_t.get(f, "conceptUri") for _, f in isco_t.rows}
    isco, todo = set(), list(occupations)
    while todo:
        for b in obroader.get(todo.pop(), []):
            if b in isco_uris and b not in isco:
                isco.add(b)
                todo.append(b)
    opillar = occupations | isco

    counts["skills_en.csv"] = skills_t.write(lambda f: skills_t.get(f, "conceptUri") in skills)
    counts["occupations_en.csv"] = occ.write(lambda f: occ.get(f, "conceptUri") in occupations)
    counts[rel.name] = rel.write(lambda f: rel.get(f, "occupationUri") in occupations
                                 and rel.get(f, "skillUri") in skills)
    ss = Table("skillSkillRelations_en.csv")
    counts[ss.name] = ss.write(lambda f: ss.get(f, "originalSkillUri") in skills
                               and ss.get(f, "relatedSkillUri") in skills)
    counts[bs.name] = bs.write(lambda f: bs.get(f, "conceptUri") in pillar
                               and bs.get(f, "broaderUri") in pillar)
    counts[bo.name] = bo.write(lambda f: bo.get(f, "conceptUri") in opillar
                               and bo.get(f, "broaderUri") in opillar)
    counts[groups_t.name] = groups_t.write(lambda f: groups_t.get(f, "conceptUri") in groups)
    counts[isco_t.name] = isco_t.write(lambda f: isco_t.get(f, "conceptUri") in isco)
    hier = Table("skillsHierarchy_en.csv")

    def hier_keep(f):
        uris = [hier.get(f, "Level %d URI" % i) for i in range(4)]
        filled = [u for u in uris if u]
        return bool(filled) and all(u in groups for u in filled)
    counts[hier.name] = hier.write(hier_keep)
    for c in COLLECTIONS:
        t = Table(c + "_en.csv")
        keep = occupations if c == "researchOccupationsCollection" else skills
        counts[t.name] = t.write(lambda f, t=t, keep=keep: t.get(f, "conceptUri") in keep)

    # concept schemes: keep every scheme, trim its top concepts to kept concepts
    cs = Table("conceptSchemes_en.csv")
    everything = pillar | opillar
    top = cs.col["hasTopConcept"]
    with open(os.path.join(OUT, cs.name), "w", encoding="utf-8", newline="") as out:
        out.write(cs.header_raw.decode("utf-8"))
        w = csv.writer(out, lineterminator="\r\n")
        for _, f in cs.rows:
            f = list(f)
            if top < len(f):
                sep = ",\n" if ",\n" in f[top] else "\n"
                kept = [u.strip().rstrip(",").strip() for u in f[top].split("\n")]
                f[top] = sep.join(u for u in kept if u in everything)
            w.writerow(f)
    counts[cs.name] = len(cs.rows)

    for name in sorted(counts):
        print("%-40s %6d rows" % (name, counts[name]))
    print("selected: %d occupations, %d skills (%d essential, %d optional named in %d postings),"
          " %d skill groups, %d ISCO groups"
          % (len(occupations), len(skills), len(set(essential)), len(named), len(texts),
             len(groups), len(isco)))
    print("optional skills named in the postings: %s"
          % ", ".join(sorted(labels[s] for s in named)))


if __name__ == "__main__":
    main()
