"""A deterministic generator of a general news stream: sport, markets, weather, culture, science and local
politics, with a share of arms-transfer articles (bench/synthetic.py) mixed in.

Used by bench/triage.py. Nothing here is real reporting: clubs, companies, towns and people are invented
and the sentences come from templates. Some general articles use words that triage must treat as cues
although they are not about arms ("a battle for the title", "the think tank"): real news does, and a
benchmark without them would flatter triage.
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from synthetic import ArticleGenerator

TOWNS = ["Harwick", "Lindmoor", "Castellane", "Brenno", "Oskarby", "Varenne", "Tollund", "Mirefield",
         "Pellago", "Sundvik", "Korvath", "Ambleton"]
CLUBS = ["Rovers", "United", "Athletic", "City", "Wanderers", "Olympic", "Albion", "Harriers"]
COMPANIES = ["Quellson Foods", "Brightmere Energy", "Tavix Software", "Northgate Retail", "Ostra Shipping",
             "Calder Pharmaceuticals", "Velloway Motors", "Pinecrest Bank"]
PEOPLE = ["Anna Kessler", "Marco Bellini", "Hiro Tanabe", "Grace Okafor", "Lena Dahl", "Pablo Serrano",
          "Ruth Adeyemi", "Jonas Virtanen", "Mira Castell", "Tom Hadley"]

SPORT = [
    "{club1} beat {club2} {a}-{b} on {day}, with {person} scoring twice in the second half.",
    "The {town} {club1} coach said the team had worked hard all week and deserved the points.",
    "Fans filled the stadium in {town} for the first home game of the season.",
    "{person} will miss the next three matches with a hamstring injury, the club said.",
    "The league table remains tight, with four teams separated by two points.",
    "Tickets for the cup final in {town} sold out within an hour.",
]
MARKETS = [
    "Shares in {company} rose {a} percent on {day} after the company raised its profit forecast.",
    "{company} said quarterly revenue grew to {a}{b} million, helped by strong demand in {town}.",
    "The central bank left its main interest rate unchanged at {a}.{b} percent.",
    "Analysts expect inflation to ease later in the year.",
    "{person}, chief executive of {company}, said the firm would open two new offices next year.",
    "Oil prices slipped for a second day as traders weighed weaker demand.",
]
WEATHER = [
    "Heavy rain is expected across {town} on {day}, with up to {a}{b} millimetres in places.",
    "Forecasters warned of strong winds along the coast and urged drivers to take care.",
    "Temperatures will climb to {a}{b} degrees by the weekend, the weather service said.",
    "Several roads near {town} were closed after flooding overnight.",
]
CULTURE = [
    "The {town} orchestra opens its season on {day} with a new violin concerto by {person}.",
    "A retrospective of {person}'s paintings drew record crowds to the city museum.",
    "The festival in {town} will feature {a}{b} films from {a} countries this year.",
    "Critics praised the novel's quiet humour and its portrait of a small fishing town.",
]
SCIENCE = [
    "Researchers in {town} reported a new method for recycling battery metals.",
    "{person} and colleagues published the study in a leading journal on {day}.",
    "The space agency said the probe would reach its target orbit in {a} months.",
    "The team hopes the findings will lead to cheaper solar panels.",
]
POLITICS = [
    "The {town} council approved a new budget for schools and roads on {day}.",
    "Mayor {person} said the housing plan would create {a}{b}0 homes over five years.",
    "Opposition councillors criticised the plan as too slow.",
    "Voters in {town} go to the polls next month to elect a new regional assembly.",
]
#: Sentences with a word triage takes for a cue although they are not about arms; one goes into about
#: one general article in AMBIGUOUS_SHARE, as such words do in real news.
AMBIGUOUS = [
    "The battle for the title will go down to the final weekend, {person} said.",
    "Analysts at a {town} think tank expect inflation to ease later in the year.",
    "A cracked fuel tank kept the ferry in port at {town} for two days.",
    "{person} said the council would fight the plan with every weapon it had.",
    "The striker's arms were raised in celebration long before the whistle.",
]
AMBIGUOUS_SHARE = 0.10
TOPICS = [("Sport", SPORT), ("Markets", MARKETS), ("Weather", WEATHER), ("Culture", CULTURE),
          ("Science", SCIENCE), ("Politics", POLITICS)]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def general_article(index: int, seed: int = 0) -> dict:
    """One general-news article as a JSON-lines record (~120-180 words)."""
    r = random.Random(f"general-{seed}-{index}")
    topic, templates = r.choice(TOPICS)
    sentences: list[str] = []
    while sum(len(s.split()) for s in sentences) < r.randint(120, 180):
        clubs = r.sample(CLUBS, 2)
        sentences.append(r.choice(templates).format(
            club1=clubs[0], club2=clubs[1], town=r.choice(TOWNS), company=r.choice(COMPANIES),
            person=r.choice(PEOPLE), day=r.choice(DAYS), a=r.randint(1, 9), b=r.randint(0, 9)))
    if r.random() < AMBIGUOUS_SHARE:
        sentences.insert(r.randrange(len(sentences) + 1), r.choice(AMBIGUOUS).format(
            town=r.choice(TOWNS), person=r.choice(PEOPLE)))
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    published = date(2019, 1, 1) + timedelta(days=r.randrange(6 * 365))
    return {"id": f"news-{index:06d}", "title": f"{topic}: {sentences[0][:60]}", "published": published.isoformat(),
            "text": "\n\n".join(paragraphs), "source": "daily-news.example"}


def write_stream(folder: Path, n: int, relevant_share: float, weapons: list[tuple[str, str]],
                 seed: int = 0) -> dict:
    """Write ``n`` articles as one stream.jsonl, about ``relevant_share`` of them arms-transfer articles."""
    folder.mkdir(parents=True, exist_ok=True)
    arms = ArticleGenerator(weapons, seed=seed)
    r = random.Random(f"stream-{seed}")
    relevant = 0
    with (folder / "stream.jsonl").open("w", encoding="utf-8") as fh:
        for i in range(n):
            if r.random() < relevant_share:
                record = arms.article(i, prefix="arms").as_record()
                relevant += 1
            else:
                record = general_article(i, seed)
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return {"docs": n, "relevant": relevant}
