#!/usr/bin/env python3
"""Builds data-samples/esco-bad: a tiny release made of real rows from ../esco plus deliberate
bad records, to demonstrate the import's rejects. Deterministic; standard library only.

Usage: python3 make-bad.py   (run from anywhere; reads ../esco next to this script)
"""
import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
SAMPLE = os.path.join(HERE, "..", "esco")
csv.field_size_limit(1 << 30)


def records(name):
    data = open(os.path.join(SAMPLE, name), "rb").read()
    out, start, quoted = [], 0, False
    for i, c in enumerate(data):
        if c == 0x22:
            quoted = not quoted
        elif c == 0x0A and not quoted:
            out.append(data[start:i + 1])
            start = i + 1
    return out[0], out[1:]


def fields(raw):
    return next(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))


def line(values):
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\r\n").writerow(values)
    return buf.getvalue().encode("utf-8")


def write(name, header, rows):
    with open(os.path.join(HERE, name), "wb") as f:
        f.write(header)
        for r in rows:
            f.write(r)


def main():
    # occupations: the first 3 real rows, then a duplicate and a row with a bad URI
    oh, orows = records("occupations_en.csv")
    occ = orows[:3]
    occ_uris = [fields(r)[1] for r in occ]
    dup = occ[0]
    bad_uri = fields(occ[1])
    bad_uri[1] = "occupation/not-a-uri"
    write("occupations_en.csv", oh, occ + [dup, line(bad_uri)])

    # skills: the real skills related to those occupations (essential), then bad rows
    rh, rrows = records("occupationSkillRelations_en.csv")
    rel = [r for r in rrows if fields(r)[0] in occ_uris and fields(r)[1] == "essential"][:15]
    skill_uris = {fields(r)[3] for r in rel}
    ch, crows = records("digitalSkillsCollection_en.csv")
    members = crows[:3]
    skill_uris |= {fields(r)[1] for r in members}
    sh, srows = records("skills_en.csv")
    skills = [r for r in srows if fields(r)[1] in skill_uris]
    typo = fields(skills[0])
    typo[1] = typo[1] + "-typo"
    typo[2] = "skil/competence"
    no_uri = fields(skills[1])
    no_uri[1] = ""
    reuse = fields(skills[2])
    reuse[1] = reuse[1] + "-reuse"
    reuse[3] = "global"
    short = fields(skills[3])[:10]
    write("skills_en.csv", sh, skills + [line(typo), line(no_uri), line(reuse), line(short),
                                         skills[0]])

    # relations: the real ones, plus an unknown occupation, an unknown skill, a bad type
    ghost = "http://data.europa.eu/esco/occupation/00000000-0000-0000-0000-000000000000"
    extra = [
        line([ghost, "essential", "skill/competence", fields(rel[0])[3]]),
        line([occ_uris[0], "essential", "skill/competence",
              "http://data.europa.eu/esco/skill/00000000-0000-0000-0000-000000000000"]),
        line([occ_uris[1], "mandatory", "knowledge", fields(rel[1])[3]]),
    ]
    write("occupationSkillRelations_en.csv", rh, rel + extra)

    # a collection so that the version (v1.1.1) can be inferred, with one duplicate row
    write("digitalSkillsCollection_en.csv", ch, members + [members[0]])


if __name__ == "__main__":
    main()
