#!/usr/bin/env python3
"""Synthetic Arabic news corpus for the Spark benchmark (JSON Lines in the CLI's input shape).

  rasad-spark/bench/synthetic-corpus.py N OUT.jsonl [--seed S]

Each incident is one of the project's sample articles (samples/articles, samples/feed.jsonl) with
its dates shifted by a random number of days (2014-2025), its places swapped for other towns of
the same country (Arabic names from GeoNames cities500, data/cache/cities500.txt, when present)
and its small figures redrawn; it is reported by 1 to 3 outlets, sometimes with a different
figure, so consolidation has real duplicates and disputes to resolve. Deterministic for a seed.
"""
import datetime
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
MONTHS = ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"]
DATE = re.compile(r"(\d{1,2}) (" + "|".join(MONTHS) + r") (20\d\d)")
FIGURE = re.compile(r"(?<![\d/-])\b([1-9]\d?)\b(?![\d/-])")
ARABIC = re.compile(r"^[\u0600-\u06FF ]{3,}$")
OUTLETS = ["وكالة الأنباء %d (مصدر متخيل)" % i for i in range(1, 41)]
# place names the sample articles use, by country (what `rasad extract` places their events at)
PLACES = {
    "LY": ["أوباري", "سبها", "القطرون"], "IQ": ["سنوني", "الطارمية", "المطيبيجة", "الناصرية"],
    "SO": ["مقديشو"], "NG": ["كوندوغا"], "SY": ["النيرب", "سراقب", "إدلب", "البصيرة", "الشحيل"],
    "SD": ["بارا"], "ML": ["غاو"], "TN": ["قفصة"], "LB": ["طرابلس"], "YE": ["مقبنة", "تعز", "إب"],
    "BF": ["جيبو"],
}


def templates():
    out = []
    art = os.path.join(ROOT, "samples", "articles")
    for name in sorted(os.listdir(art)):
        if name.endswith(".txt"):
            with open(os.path.join(art, name), encoding="utf-8") as f:
                out.append(f.read())
    with open(os.path.join(ROOT, "samples", "feed.jsonl"), encoding="utf-8") as f:
        out.extend(json.loads(line)["text"] for line in f if line.strip())
    return out


def towns():
    """Arabic names of GeoNames places per country, for the countries the samples are about."""
    path = os.path.join(ROOT, "data", "cache", "cities500.txt")
    by_country = {c: set(names) for c, names in PLACES.items()}
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                cols = line.split("\t")
                if cols[8] in by_country:
                    arabic = [n for n in cols[3].split(",") if ARABIC.match(n)]
                    if arabic:
                        by_country[cols[8]].add(arabic[0])
    return {c: sorted(n) for c, n in by_country.items()}


def shift_dates(text, days):
    def move(m):
        d = datetime.date(int(m.group(3)), MONTHS.index(m.group(2)) + 1, int(m.group(1))) + datetime.timedelta(days)
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    return DATE.sub(move, text)


def incident(rng, text, places):
    text = shift_dates(text, rng.randint(-4000, 0))
    for country, names in PLACES.items():
        for name in names:
            if name in text:
                text = text.replace(name, rng.choice(places[country]))
    return text


def redraw(rng, text):
    return FIGURE.sub(lambda m: str(rng.randint(1, 60)) if not DATE.match(text, m.start()) else m.group(1), text)


def main():
    if len(sys.argv) < 3:
        sys.exit("usage: synthetic-corpus.py N OUT.jsonl [--seed S]")
    n, out = int(sys.argv[1]), sys.argv[2]
    seed = int(sys.argv[4]) if len(sys.argv) > 4 and sys.argv[3] == "--seed" else 7
    rng = random.Random(seed)
    ts, places = templates(), towns()
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < n:
            base = redraw(rng, incident(rng, rng.choice(ts), places))
            for k in range(min(rng.choice([1, 1, 2, 3]), n - written)):
                text = redraw(rng, base) if rng.random() < 0.1 else base
                doc = {"id": "syn-%07d" % written, "text": text, "published": None,
                       "source": rng.choice(OUTLETS), "url": None, "title": None}
                f.write(json.dumps(doc, ensure_ascii=False) + "\n")
                written += 1


if __name__ == "__main__":
    main()
