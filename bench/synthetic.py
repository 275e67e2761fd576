"""A deterministic generator of short synthetic news articles about arms transfers (for benchmarks).

Nothing here is real reporting: officials' surnames are invented, sentences come from templates, and the
weapon systems are whatever the gazetteer catalogue holds at run time. The same ``seed`` and the same
catalogue always give the same articles.

Each article is ~120-180 words: a headline, a date line and 3-6 short paragraphs mixing transfer
sentences ("<Supplier> agreed to supply <Recipient> with <n> <system> <category noun> in <Month>."),
quotes, meetings, money and percentage figures, filler and a boilerplate line or two (which the
ingest cleaner removes).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

# (name, capital, demonym)
COUNTRIES = [
    ("Russia", "Moscow", "Russian"), ("China", "Beijing", "Chinese"), ("India", "New Delhi", "Indian"),
    ("United States", "Washington", "American"), ("France", "Paris", "French"), ("Turkey", "Ankara", "Turkish"),
    ("Poland", "Warsaw", "Polish"), ("South Korea", "Seoul", "South Korean"), ("Egypt", "Cairo", "Egyptian"),
    ("Myanmar", "Naypyidaw", "Burmese"), ("Iran", "Tehran", "Iranian"), ("Ukraine", "Kyiv", "Ukrainian"),
    ("Germany", "Berlin", "German"), ("Brazil", "Brasilia", "Brazilian"), ("Indonesia", "Jakarta", "Indonesian"),
    ("Vietnam", "Hanoi", "Vietnamese"), ("Philippines", "Manila", "Philippine"),
    ("Pakistan", "Islamabad", "Pakistani"), ("Algeria", "Algiers", "Algerian"), ("Nigeria", "Abuja", "Nigerian"),
    ("Mali", "Bamako", "Malian"), ("Serbia", "Belgrade", "Serbian"), ("Greece", "Athens", "Greek"),
    ("Japan", "Tokyo", "Japanese"), ("Saudi Arabia", "Riyadh", "Saudi"), ("Kazakhstan", "Astana", "Kazakh"),
    ("Thailand", "Bangkok", "Thai"), ("Malaysia", "Kuala Lumpur", "Malaysian"),
    ("Argentina", "Buenos Aires", "Argentine"), ("Israel", "Jerusalem", "Israeli"),
]
GIVEN = ["Aleksei", "Marta", "Tomas", "Ingrid", "Rahul", "Mei", "Omar", "Lucia", "Kenji", "Amara", "Pavel",
         "Nadia", "Hassan", "Elena", "Dmitri", "Sofia", "Arjun", "Leila", "Viktor", "Hana", "Jonas", "Ayesha",
         "Mateo", "Yusuf", "Irina", "Kwame", "Lars", "Thanh", "Farid", "Olga"]
# Invented surnames (syllable-built), so no real official is named.
_SYL_A = ["Dra", "Kol", "Ost", "Vel", "Mar", "Tes", "Bor", "Quen", "Hal", "Zar", "Fen", "Lun", "Ravi", "Sok",
          "Tam", "Ulv", "Wen", "Yar", "Pes", "Nor"]
_SYL_B = ["vin", "beth", "ran", "dor", "kel", "mar", "sten", "lo", "zan", "ter", "vo", "nik", "dal", "ra", "sel"]
_SYL_C = ["sky", "ov", "ani", "berg", "ez", "ström", "ski", "enko", "ides", "oglu", "ashi", "er", "ić", "ian", "a"]
TITLES = ["Defence Minister", "Deputy Defence Minister", "Foreign Minister", "Prime Minister", "President",
          "Senior General", "General", "Admiral", "Army chief of staff", "Air Force commander"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
NUMBER_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 8: "eight", 10: "ten", 12: "twelve",
                16: "sixteen", 20: "twenty", 24: "twenty-four", 36: "thirty-six", 48: "forty-eight"}
#: Category noun phrases (plural) by gazetteer category.
CATEGORY_NOUNS = {
    "aircraft": ["fighter jets", "combat aircraft", "transport aircraft"],
    "helicopter": ["helicopters", "attack helicopters", "transport helicopters"],
    "uav": ["drones", "surveillance drones", "combat drones"],
    "air_defence": ["air defence systems", "surface-to-air missile systems"],
    "missile": ["missiles", "cruise missiles", "anti-ship missiles"],
    "radar": ["radar systems", "radars"],
    "ship": ["patrol ships", "frigates", "corvettes"],
    "armoured_vehicle": ["tanks", "armoured vehicles", "infantry fighting vehicles"],
    "artillery": ["howitzers", "rocket launchers", "self-propelled howitzers"],
    "small_arms": ["rifles", "assault rifles", "machine guns"],
    "other": ["systems", "units"],
}
#: Used only when the gazetteer catalogue is empty (the benchmark warns when it is).
FALLBACK_WEAPONS = [("Su-30SME", "aircraft"), ("Mi-17V-5", "helicopter"), ("Orlan-10E", "uav"),
                    ("Pantsir-S1", "air_defence"), ("BrahMos", "missile"), ("K9", "artillery"), ("K2", "armoured_vehicle")]
OUTLETS = ["Defence Wire", "the Regional Security Monitor", "Harbour Times", "the Continental Gazette"]
THINK_TANKS = ["the Institute for Strategic Balance", "the Centre for Arms Control Studies",
               "the Maritime Security Forum"]
FILLER = [
    "The two countries have expanded military cooperation in recent years.",
    "Analysts said the purchase reflects rising tensions in the region.",
    "Neither government disclosed the full terms of the agreement.",
    "The deal is part of a broader effort to modernise the armed forces.",
    "Officials declined to comment on the delivery schedule.",
    "Critics have questioned the cost of the programme.",
    "The contract also covers training, spare parts and maintenance.",
    "Lawmakers are expected to debate the budget next month.",
]
QUOTES = [
    "This agreement strengthens our defence partnership",
    "We expect the first deliveries to arrive on schedule",
    "Our forces need modern equipment to protect the country",
    "The talks were constructive and we will continue them",
    "These systems will be operated by our own crews",
    "We are not aimed at any third country",
]
BOILERPLATE = [
    "Click here to subscribe to our newsletter.",
    "© 2024 Example Defence News. All rights reserved.",
    "Advertisement",
    "Share this article",
    "Read more: Regional powers step up arms purchases",
    "Be the first to comment",
]


def _a(word: str) -> str:
    return "an" if word[:1].lower() in "aeiou" else "a"


@dataclass
class SyntheticArticle:
    doc_id: str
    title: str
    published: date
    paragraphs: list[str] = field(default_factory=list)

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)

    def as_txt(self) -> str:
        """Title line, date line, body (the shape armstrack's .txt reader expects)."""
        return f"{self.title}\n\n{self.published.strftime('%B')} {self.published.day}, {self.published.year}\n\n{self.body}\n"

    def as_record(self) -> dict:
        d = self.published
        return {"id": self.doc_id, "title": self.title, "published": d.isoformat(), "text": self.body,
                "url": f"https://defence-news.example/{d.year}/{d.month:02d}/{d.day:02d}/{self.doc_id}",
                "source": "defence-news.example"}


#: How the generator names people (``--names``).
NAME_MODES = ("roster", "fresh")
ROSTER_OFFICIALS = 8  # per country, each with a fixed title
ROSTER_SPOKESPEOPLE = 2  # per country
ROSTER_ANALYSTS = 60


class ArticleGenerator:
    """Deterministic (given ``seed`` and ``weapons``) generator of synthetic articles.

    ``names="roster"`` (the default, like real reporting): every country has a fixed cast of officials
    (each always with the same title) and spokespeople, plus a pool of analysts, so the number of distinct
    people stops growing after a few hundred articles. ``names="fresh"``: every person mention draws a
    new random name (~12,000 combinations), so the people table grows with the corpus — a stress test for
    anything whose cost grows with the number of stored people.
    """

    def __init__(self, weapons: list[tuple[str, str]], seed: int = 0,
                 min_words: int = 120, max_words: int = 180, names: str = "roster") -> None:
        if names not in NAME_MODES:
            raise ValueError(f"names must be one of {NAME_MODES}, not {names!r}")
        self.weapons = sorted(set(weapons)) or FALLBACK_WEAPONS
        self.seed = seed
        self.names = names
        self.min_words, self.max_words = min_words, max_words
        surname_rng = random.Random(f"surnames-{seed}")
        surnames = {surname_rng.choice(_SYL_A) + surname_rng.choice(_SYL_B) + surname_rng.choice(_SYL_C)
                    for _ in range(400)}
        self.surnames = sorted(surnames)
        r = random.Random(f"roster-{seed}")
        used: set[str] = set()

        def new_name() -> str:
            while True:
                name = f"{r.choice(GIVEN)} {r.choice(self.surnames)}"
                if name not in used:
                    used.add(name)
                    return name

        self.officials = {c[0]: [(TITLES[i % len(TITLES)], new_name()) for i in range(ROSTER_OFFICIALS)]
                          for c in COUNTRIES}
        self.spokespeople = {c[0]: [new_name() for _ in range(ROSTER_SPOKESPEOPLE)] for c in COUNTRIES}
        self.analysts = [new_name() for _ in range(ROSTER_ANALYSTS)]

    # --- pieces ---------------------------------------------------------------------------------
    def _fresh(self, r: random.Random) -> str:
        return f"{r.choice(GIVEN)} {r.choice(self.surnames)}"

    def _official(self, r: random.Random, country: tuple) -> tuple[str, str]:
        """(title, name) of an official of ``country``."""
        if self.names == "fresh":
            return r.choice(TITLES), self._fresh(r)
        return r.choice(self.officials[country[0]])

    def _spokesperson(self, r: random.Random, country: tuple) -> str:
        return self._fresh(r) if self.names == "fresh" else r.choice(self.spokespeople[country[0]])

    def _analyst(self, r: random.Random) -> str:
        return self._fresh(r) if self.names == "fresh" else r.choice(self.analysts)

    def _quantity(self, r: random.Random) -> str:
        if r.random() < 0.45:
            return NUMBER_WORDS[r.choice(sorted(NUMBER_WORDS))]
        return f"{r.choice([2, 4, 6, 8, 10, 12, 14, 18, 24, 30, 36, 48, 72, 120, 250, 1200]):,}"

    def _system(self, r: random.Random) -> tuple[str, str]:
        name, category = r.choice(self.weapons)
        nouns = CATEGORY_NOUNS.get(category or "other", CATEGORY_NOUNS["other"])
        return name, r.choice(nouns)

    def _money(self, r: random.Random) -> str:
        if r.random() < 0.8:
            return f"${r.choice([45, 120, 250, 380, 500, 807, 950])} million"
        return f"${r.choice([1.2, 2.5, 3.4, 5])} billion"

    # --- sentences ------------------------------------------------------------------------------
    def transfer(self, r: random.Random, sup: tuple, rec: tuple, year: int) -> str:
        n, (system, noun) = self._quantity(r), self._system(r)
        month, wd = r.choice(MONTHS), r.choice(WEEKDAYS)
        templates = [
            f"{sup[0]} agreed to supply {rec[0]} with {n} {system} {noun} in {month}.",
            f"{rec[0]} has ordered {n} {system} {noun} from {sup[0]}, officials said on {wd}.",
            f"The {sup[2]} defence ministry said it delivered {n} {system} {noun} to {rec[0]} in {month} {year - 1}.",
            f"{rec[0]} is negotiating with {sup[0]} to buy {n} {system} {noun}.",
            f"{rec[0]} expressed interest in buying {system} {noun} from {sup[0]}.",
            f"{sup[0]} signed a contract worth {self._money(r)} to sell {n} {system} {noun} to {rec[0]}.",
            f"{sup[0]} will deliver {n} more {system} {noun} to {rec[0]} by {month} {year + 1}.",
        ]
        return r.choice(templates)

    def quote(self, r: random.Random, country: tuple) -> str:
        text = r.choice(QUOTES)
        title, official = self._official(r, country)
        templates = [
            f"\"{text},\" said {self._spokesperson(r, country)}, a spokesperson for the {country[2]} defence ministry.",
            f"{self._spokesperson(r, country)}, {_a(country[2])} {country[2]} official, told reporters: \"{text}.\"",
            f"\"{text},\" {country[0]}'s {title} {official} said in a statement.",
            f"\"{text},\" said {self._analyst(r)}, an analyst at {r.choice(THINK_TANKS)}.",
        ]
        return r.choice(templates)

    def meeting(self, r: random.Random, a: tuple, b: tuple, year: int) -> str:
        (t1, p1), (t2, p2) = self._official(r, a), self._official(r, b)
        templates = [
            f"{t1} {p1} met {p2} in {b[1]} on {r.choice(WEEKDAYS)}.",
            f"{a[2]} {t1} {p1} visited {b[1]} in {r.choice(MONTHS)} for talks with {t2} {p2}.",
            f"{a[0]}'s {t1} {p1} and {b[0]}'s {t2} {p2} discussed the deal by phone on {r.choice(WEEKDAYS)}.",
        ]
        return r.choice(templates)

    def figure(self, r: random.Random, country: tuple, year: int) -> str:
        templates = [
            f"The deal is worth about {self._money(r)}, according to {r.choice(THINK_TANKS)}.",
            f"{country[0]}'s defence budget rose to ${r.choice([4, 9, 12, 18, 45, 70])} billion in {year}, "
            f"up {r.choice([3, 5, 8, 11, 16])} percent from a year earlier.",
            f"Arms imports by {country[0]} grew by {r.choice([12, 20, 34, 47])} percent between {year - 5} and "
            f"{year - 1}, {r.choice(THINK_TANKS)} said.",
        ]
        return r.choice(templates)

    # --- articles -------------------------------------------------------------------------------
    def article(self, index: int, prefix: str = "art") -> SyntheticArticle:
        r = random.Random(f"{self.seed}-{index}")
        sup, rec = r.sample(COUNTRIES, 2)
        third = r.choice([c for c in COUNTRIES if c not in (sup, rec)])
        published = date(2019, 1, 1) + timedelta(days=r.randrange(6 * 365))
        year = published.year
        system, noun = self._system(r)
        title = r.choice([
            f"{rec[0]} to buy {system} {noun} from {sup[0]}",
            f"{sup[0]} and {rec[0]} sign arms deal",
            f"{rec[2]} military receives {sup[2]} {noun}",
            f"{sup[0]} steps up arms exports to {rec[0]}",
        ])
        target = r.randint(self.min_words, self.max_words)
        sentences = [self.transfer(r, sup, rec, year)]
        makers = [
            lambda: self.transfer(r, sup, rec, year),
            lambda: self.quote(r, r.choice([sup, rec])),
            lambda: self.meeting(r, sup, rec, year),
            lambda: self.figure(r, r.choice([rec, third]), year),
            lambda: r.choice(FILLER),
            lambda: self.transfer(r, r.choice([sup, third]), rec, year),
        ]
        words = len(sentences[0].split())
        while words < target:
            s = r.choice(makers)()
            if words + len(s.split()) > self.max_words and words >= self.min_words:
                break
            sentences.append(s)
            words += len(s.split())
        paragraphs: list[str] = []
        i = 0
        while i < len(sentences):
            k = r.randint(1, 3)
            paragraphs.append(" ".join(sentences[i:i + k]))
            i += k
        for _ in range(r.randint(1, 2)):  # boilerplate lines, removed by the cleaner
            paragraphs.insert(r.randint(1, len(paragraphs)), r.choice(BOILERPLATE))
        return SyntheticArticle(f"{prefix}-{index:06d}", title, published, paragraphs)


def jsonl_count(n: int) -> int:
    """How many of ``n`` articles go into the one .jsonl file (a few, to exercise that reader)."""
    return min(max(n // 50, 1), 25) if n >= 2 else 0


#: The order articles are written (and so ingested) in (``--order``): ``random`` publication dates, as
#: generated (the order of an archive read by file name), or ``date``: the same articles in publication
#: order (a daily stream, or an archive read oldest first).
ORDERS = ("random", "date")


def write_corpus(gen: ArticleGenerator, n: int, folder: Path, order: str = "random") -> dict:
    """Write ``n`` articles: most as .txt files (in sub-folders of 1,000), a few as one feed.jsonl.

    ``order="date"``: the same ``n`` articles, renumbered in publication order (ties by generation index),
    so that reading the folder (sorted file names; ``feed.jsonl`` first, holding the earliest) meets them
    oldest first. Articles are generated and written one at a time, so this needs no memory proportional
    to ``n`` (``date`` keeps one date per article).
    """
    if order not in ORDERS:
        raise ValueError(f"order must be one of {ORDERS}, not {order!r}")
    folder.mkdir(parents=True, exist_ok=True)
    n_jsonl = jsonl_count(n)
    n_txt = n - n_jsonl
    if order == "date":
        ranked = sorted(range(n), key=lambda i: (gen.article(i).published, i))
        feed, files = ranked[:n_jsonl], ranked[n_jsonl:]
    else:
        feed, files = list(range(n_txt, n)), range(n_txt)
    for k, i in enumerate(files):
        sub = folder / f"part-{k // 1000:03d}"
        if k % 1000 == 0:
            sub.mkdir(exist_ok=True)
        a = gen.article(i)
        if order == "date":
            a.doc_id = f"art-{k:06d}"
        (sub / f"{a.doc_id}.txt").write_text(a.as_txt(), encoding="utf-8")
    if n_jsonl:
        with (folder / "feed.jsonl").open("w", encoding="utf-8") as fh:
            for k, i in enumerate(feed):
                a = gen.article(i, prefix="feed")
                if order == "date":
                    a.doc_id = f"feed-{k:06d}"
                fh.write(json.dumps(a.as_record(), ensure_ascii=False) + "\n")
    return {"docs": n, "txt_files": n_txt, "jsonl_records": n_jsonl, "order": order}
