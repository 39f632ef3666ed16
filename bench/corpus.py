"""Deterministic diplomatic-news corpus with gold facts, for benchmarks at any size.

    python -m bench.corpus --articles N --seed S --out DIR [--shard-size 10000] [--workers W]

DIR gets `articles-NNNNN.jsonl` (one article a line: id, title, url, source, published, text),
beside each a `gold-NNNNN.jsonl` (one gold record a line, in the schema of ../shared/eval: the
entities and relations the article states, every evidence sentence verbatim in its text), and,
last, `manifest.json` (its presence means the corpus is complete).

Article i is written from a random.Random seeded by (seed, i) and world facts that are pure
functions of (seed, key) (bench/world.py), so output is byte-identical for a seed whatever the
shard size or worker count, and shards are generated in parallel without sharing state.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.world import AGREEMENT_TOPICS, Body, Country, Person, World

GENERATOR_VERSION = "1"
DEFAULT_SHARD_SIZE = 10_000
MONTHS = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
FIRST_PUBLISHED = dt.date(2005, 1, 1)
PUBLISHED_SPAN_DAYS = 20 * 365
SYMMETRIC = {"ESTABLISHED_TIES", "MET_WITH", "COOPERATES_WITH"}
STATE = {"AMBASSADOR_OF", "ACCREDITED_TO", "OFFICIAL_OF", "MEMBER_OF", "COOPERATES_WITH",
         "COOPERATES_VIA"}

SITES = (
    ("Diplomatic Wire", "DWR", "diplomaticwire.example"),
    ("The Envoy Review", "TER", "envoyreview.example"),
    ("Capital Diplomat", "CDN", "capitaldiplomat.example"),
    ("Global Affairs Daily", "GAD", "globalaffairsdaily.example"),
    ("The Embassy Times", "EMT", "embassytimes.example"),
    ("Foreign Desk Online", "FDO", "foreigndesk.example"),
    ("Bilateral Monitor", "BLM", "bilateralmonitor.example"),
    ("The Chancery Post", "TCP", "chancerypost.example"),
)
TOPICS = (
    "regional connectivity", "trade and investment", "energy security", "climate diplomacy",
    "food security", "the future of multilateralism", "maritime affairs", "digital cooperation",
    "higher education", "counter-terrorism cooperation", "water diplomacy", "tourism",
    "critical minerals", "public health", "transport corridors", "cultural heritage",
)
PORTFOLIOS = ("Trade", "Energy", "Education", "Finance", "Transport", "Agriculture", "Health")
TONES = ("warm", "constructive", "frank", "productive", "cordial", "friendly", "substantive")


@dataclass(frozen=True)
class Ref:
    name: str
    type: str


@dataclass
class Sent:
    """One sentence (or line) of body text, with the entity mentions and facts it carries."""

    text: str = ""
    mentions: list[tuple[Ref, str]] = field(default_factory=list)
    rels: list[tuple[str, Ref, Ref, str | None]] = field(default_factory=list)
    roles: list[tuple[Ref, str]] = field(default_factory=list)

    def m(self, ref: Ref, form: str | None = None) -> str:
        form = ref.name if form is None else form
        self.mentions.append((ref, form))
        return form

    def rel(self, kind: str, source: Ref, target: Ref, date: str | None = None) -> None:
        self.rels.append((kind, source, target, date))


def cref(c: Country) -> Ref:
    return Ref(c.name, "Country")


def pref(p: Person) -> Ref:
    return Ref(p.name, "Person")


def bref(b: Body) -> Ref:
    return Ref(b.name, b.type)


def poss(name: str) -> str:
    return f"{name}'" if name.endswith("s") else f"{name}'s"


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def day_text(rng: random.Random, d: dt.date) -> str:
    style = rng.randrange(4)
    if style == 0:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if style == 1:
        return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"
    if style == 2:
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def event_phrase(rng: random.Random, d: dt.date, pub: dt.date) -> tuple[str, str]:
    """A phrase dating a recent event ('yesterday', 'on Thursday', 'on 23.10.2021'), and its gold
    date. Relative forms resolve against the publication date, as the guidelines say."""
    lag = (pub - d).days
    if 0 <= lag <= 6 and rng.random() < 0.6:
        options = [f"on {WEEKDAYS[d.weekday()]}"]
        if lag == 0:
            options.append("today")
        if lag == 1:
            options.append("yesterday")
        return rng.choice(options), d.isoformat()
    return f"on {day_text(rng, d)}", d.isoformat()


def history_phrase(rng: random.Random, d: dt.date) -> tuple[str, str]:
    """A historical date at a random precision: day, month ('in December 1991') or year."""
    r = rng.random()
    if r < 0.45:
        return f"on {day_text(rng, d)}", d.isoformat()
    if r < 0.75:
        return f"in {MONTHS[d.month - 1]} {d.year}", f"{d.year:04d}-{d.month:02d}"
    return f"in {d.year}", f"{d.year:04d}"


class Ctx:
    """What one article is about, and the state of its coreference (who 'he' is now)."""

    def __init__(self, world: World, rng: random.Random, index: int) -> None:
        self.world = world
        self.rng = rng
        self.index = index
        codes = [c.code for c in world.countries]
        a, b = rng.choices(codes, cum_weights=world.cum_weights, k=2)
        while b == a:
            b = rng.choices(codes, cum_weights=world.cum_weights)[0]
        self.a = world.by_code[a]
        self.b = world.by_code[b]
        self.pub = FIRST_PUBLISHED + dt.timedelta(days=rng.randrange(PUBLISHED_SPAN_DAYS))
        self.site = rng.choice(SITES)
        self.introduced: set[str] = set()
        self.acronym_shown: set[str] = set()
        self.dateline = False
        self.main: Person | None = None  # who "he", "the envoy" and quotes refer to
        self.noise_used: set[int] = set()

    @property
    def ra(self) -> Ref:
        return cref(self.a)

    @property
    def rb(self) -> Ref:
        return cref(self.b)

    def country(self, s: Sent, c: Country, metonymy: bool = False, official: bool = True) -> str:
        """A country's name, sometimes its official long form or (for the government) capital."""
        r = self.rng.random()
        if metonymy and c.capital and r < 0.35:
            return s.m(cref(c), c.capital)
        if official and c.official and r > 0.9:
            return "the " + s.m(cref(c), c.official)
        return s.m(cref(c))

    def person(self, s: Sent, p: Person, title: str = "") -> str:
        """Full name at first mention (maybe with an honorific), surname forms afterwards."""
        ref = pref(p)
        if p.name not in self.introduced:
            self.introduced.add(p.name)
            prefix = self.rng.choice(("", "", "", "H.E. ", "Dr. ", f"{p.honorific} "))
            if title:
                prefix = ""
            return prefix + s.m(ref)
        style = self.rng.randrange(3)
        if style == 0:
            return f"{p.honorific} " + s.m(ref, p.surname)
        if style == 1 and title:
            return f"{title} " + s.m(ref, p.surname)
        return s.m(ref, p.surname)

    def body(self, s: Sent, b: Body, article: bool = True) -> str:
        """'the X (XYZ)' at first mention, then 'XYZ' or 'the X'."""
        ref = bref(b)
        the = "the " if article else ""
        if b.acronym and b.name in self.acronym_shown and self.rng.random() < 0.6:
            return s.m(ref, b.acronym)
        if b.acronym and b.name not in self.acronym_shown and self.rng.random() < 0.7:
            self.acronym_shown.add(b.name)
            s.m(ref, b.acronym)
            return f"{the}{s.m(ref)} ({b.acronym})"
        return the + s.m(ref)

    def city(self, s: Sent, c: Country) -> str:
        assert c.capital
        return s.m(Ref(c.capital, "City"), c.capital)

    def recent(self, max_lag: int = 6) -> dt.date:
        return self.pub - dt.timedelta(days=self.rng.randrange(max_lag + 1))

    def common_org(self) -> Body | None:
        mine = self.world.memberships(self.a.code)
        theirs = {o.name for o in self.world.memberships(self.b.code)}
        shared = [o for o in mine if o.name in theirs]
        # Prefer an invented organization; the UN is everyone's.
        return shared[-1] if len(shared) > 1 or self.rng.random() < 0.3 else None


Block = list[Sent]


# --- blocks shared by the scenarios ---------------------------------------------------------------


def block_history(ctx: Ctx, who: str) -> Block:
    """Recognition and/or establishment of ties, with dates at varied precision."""
    rng, w = ctx.rng, ctx.world
    out: Block = []
    recogniser, recognised, rdate = w.recognized(ctx.a.code, ctx.b.code)
    est = w.established(ctx.a.code, ctx.b.code)
    if rng.random() < 0.5:
        s = Sent()
        phrase, gold = history_phrase(rng, rdate)
        x, y = w.by_code[recogniser], w.by_code[recognised]
        v = rng.randrange(3)
        if v == 0:
            s.text = (f"{cap(who)} recalled that {ctx.country(s, x, True)} was among the first "
                      f"states to recognise {ctx.country(s, y)}, having done so {phrase}.")
        elif v == 1:
            s.text = (f"{ctx.country(s, x, official=False)} recognised "
                      f"{ctx.country(s, y)} {phrase}, {who} reminded the audience.")
        else:
            s.text = (f"According to {who}, {ctx.country(s, x, official=False)} accorded "
                      f"recognition to {ctx.country(s, y)} {phrase}.")
        s.rel("RECOGNIZED", cref(x), cref(y), gold)
        out.append(s)
    s = Sent()
    v = rng.randrange(5)
    if v == 4 and ctx.pub.year > est.year:
        years = ctx.pub.year - est.year
        s.text = (f"This year, {ctx.pub.year}, marks the {ordinal(years)} anniversary of the "
                  f"establishment of diplomatic relations between {ctx.country(s, ctx.a)} and "
                  f"{ctx.country(s, ctx.b)}.")
        s.rel("ESTABLISHED_TIES", ctx.ra, ctx.rb, f"{est.year:04d}")
        out.append(s)
        return out
    phrase, gold = history_phrase(rng, est)
    if v == 0:
        s.text = f"The two countries established diplomatic relations {phrase}."
        s.rel("ESTABLISHED_TIES", ctx.ra, ctx.rb, gold)
    elif v == 1 and ctx.a.capital and ctx.b.capital:
        s.text = (f"Diplomatic relations between {ctx.country(s, ctx.a, True)} and "
                  f"{ctx.country(s, ctx.b, True)} were established {phrase}.")
        s.rel("ESTABLISHED_TIES", ctx.ra, ctx.rb, gold)
    elif v == 2:
        first, second = (ctx.b, ctx.a) if rng.random() < 0.5 else (ctx.a, ctx.b)
        s.text = (f"{ctx.country(s, first, official=False)} and {ctx.country(s, second)} "
                  f"established diplomatic ties {phrase} and have since opened resident missions "
                  "in each other's capitals.")
        s.rel("ESTABLISHED_TIES", cref(first), cref(second), gold)
    else:
        s.text = (f"Formal diplomatic relations between {ctx.country(s, ctx.a)} and "
                  f"{ctx.country(s, ctx.b)} followed {phrase}, {who} said.")
        s.rel("ESTABLISHED_TIES", ctx.ra, ctx.rb, gold)
    out.append(s)
    return out


def block_corridor(ctx: Ctx, who: str) -> Block:
    """COOPERATES_VIA the pair's project (and COOPERATES_WITH when the partners are named)."""
    rng, w = ctx.rng, ctx.world
    cor = w.corridor(ctx.a.code, ctx.b.code)
    s = Sent()
    v = rng.randrange(3)
    if v == 0:
        since = w.ties_cooperation_since(ctx.a.code, ctx.b.code)
        date = f"{since:04d}" if since <= ctx.pub.year else None
        when = f" since {since}" if date else ""
        s.text = (f"{ctx.country(s, ctx.a, official=False)} and {ctx.country(s, ctx.b)} have "
                  f"cooperated through {ctx.body(s, cor)}{when}, {who} noted.")
        s.rel("COOPERATES_WITH", ctx.ra, ctx.rb, date)
        s.rel("COOPERATES_VIA", ctx.ra, bref(cor), date)
        s.rel("COOPERATES_VIA", ctx.rb, bref(cor), date)
    elif v == 1:
        s.text = (f"{cap(who)} said that {ctx.country(s, ctx.b, True)} wants to bring "
                  f"{ctx.country(s, ctx.a)} closer through {ctx.body(s, cor)}, which could cut "
                  "transit times for traders on both sides.")
        s.rel("COOPERATES_VIA", ctx.rb, bref(cor))
    else:
        s.text = (f"The two countries also cooperate through {ctx.body(s, cor)}, "
                  f"{rng.choice(('a flagship', 'a long-running', 'an ambitious'))} "
                  "project that officials on both sides regard as a model.")
        s.rel("COOPERATES_WITH", ctx.ra, ctx.rb)
        s.rel("COOPERATES_VIA", ctx.ra, bref(cor))
        s.rel("COOPERATES_VIA", ctx.rb, bref(cor))
    return [s]


def block_membership(ctx: Ctx) -> Block:
    rng, w = ctx.rng, ctx.world
    org = ctx.common_org()
    s = Sent()
    if org is not None:
        v = rng.randrange(2)
        if v == 0:
            s.text = (f"Both {ctx.country(s, ctx.a)} and {ctx.country(s, ctx.b)} are members of "
                      f"{ctx.body(s, org)}, which {rng.choice(('they', 'officials'))} described as "
                      "a natural platform for regional dialogue.")
        else:
            s.text = (f"The two countries, both members of {ctx.body(s, org)}, agreed to "
                      "coordinate their positions ahead of its next ministerial meeting.")
        s.rel("MEMBER_OF", ctx.ra, bref(org))
        s.rel("MEMBER_OF", ctx.rb, bref(org))
        return [s]
    c = ctx.a if rng.random() < 0.5 else ctx.b
    orgs = w.memberships(c.code)
    org = orgs[rng.randrange(len(orgs))]
    year = w.joined(org, c.code)
    if year > ctx.pub.year:
        year = ctx.pub.year
    v = rng.randrange(3)
    if v == 0:
        s.text = f"{ctx.country(s, c, official=False)} joined {ctx.body(s, org)} in {year}."
        s.rel("MEMBER_OF", cref(c), bref(org), f"{year:04d}")
    elif v == 1:
        s.text = (f"{ctx.country(s, c, official=False)} has been a member of "
                  f"{ctx.body(s, org)} since {year}.")
        s.rel("MEMBER_OF", cref(c), bref(org), f"{year:04d}")
    else:
        s.text = (f"As a member of {ctx.body(s, org)}, {ctx.country(s, c)} has long argued for "
                  "closer economic integration.")
        s.rel("MEMBER_OF", cref(c), bref(org))
    out = [s]
    # A stated non-membership: an entity mention that must not become a relation.
    others = [o for o in w.orgs[1:] if o not in orgs]
    if others and rng.random() < 0.3:
        n = Sent()
        o = others[rng.randrange(len(others))]
        n.text = f"{ctx.country(n, c, official=False)} is not a member of {ctx.body(n, o)}."
        out.append(n)
    return out


def block_initiative(ctx: Ctx) -> Block:
    c = ctx.a if ctx.rng.random() < 0.5 else ctx.b
    inis = ctx.world.initiatives_of(c.code)
    if not inis:
        return []
    ini = inis[ctx.rng.randrange(len(inis))]
    s = Sent()
    if ctx.rng.random() < 0.5:
        s.text = f"{ctx.country(s, c, official=False)} also takes part in {ctx.body(s, ini)}."
    else:
        s.text = (f"{ctx.country(s, c, official=False)} is also a partner in "
                  f"{ctx.body(s, ini)}, which funds small projects across the region.")
    s.rel("COOPERATES_VIA", cref(c), bref(ini))
    return [s]


def block_planned(ctx: Ctx, p: Person, target: Country) -> Block:
    s = Sent()
    when = ctx.rng.choice(("later this year", "next month", "in the coming weeks"))
    s.text = f"{ctx.person(s, p)} is expected to visit {ctx.country(s, target)} {when}."
    s.rel("OTHER:planned_visit", pref(p), cref(target))
    return [s]


# --- scenarios: each returns (headline, lead block, [(block, required)]) ------------------------

Scenario = tuple[Sent, Block, list[tuple[Block, bool]]]


def mention_in_headline(head: Sent, *refs: Ref) -> None:
    for ref in refs:
        if ref.name in head.text:
            head.m(ref)


def dateline(ctx: Ctx, s: Sent, place: Country) -> str:
    """'Islamabad, 23 October 2021 (DWR): ': the dateline dates the lead event."""
    if not place.capital:
        return ""
    ctx.dateline = True
    return f"{ctx.city(s, place)}, {day_text(ctx.rng, ctx.pub)} ({ctx.site[1]}): "


def scenario_lecture(ctx: Ctx) -> Scenario:
    rng, w = ctx.rng, ctx.world
    amb = w.ambassador(ctx.a.code, ctx.b.code, ctx.pub.year)
    inst = w.institutes(ctx.b.code)[rng.randrange(2)]
    topic = rng.choice(TOPICS)
    head = Sent()
    head.text = rng.choice((
        f"{amb.surname} on the future of {ctx.a.name}-{ctx.b.name} relations",
        f"Envoy traces decades of {ctx.a.name}-{ctx.b.name} partnership",
        f"{ctx.a.name} and {ctx.b.name}: a partnership with room to grow",
    ))
    if amb.surname in head.text:
        head.m(pref(amb), amb.surname)
    mention_in_headline(head, ctx.ra, ctx.rb)
    s = Sent()
    lead_date = ctx.recent()
    line = dateline(ctx, s, ctx.b) if rng.random() < 0.4 else ""
    if line and rng.random() < 0.5:
        phrase, gold = "", ctx.pub.isoformat()  # the dateline dates the event
    else:
        phrase, gold = event_phrase(rng, lead_date, ctx.pub)
        phrase = " " + phrase
    v = rng.randrange(4)
    if v == 0:
        s.text = (f"{line}{ctx.person(s, amb)}, {poss(ctx.country(s, ctx.a, official=False))} "
                  f"Ambassador to {ctx.country(s, ctx.b)}, delivered a lecture on {topic} at "
                  f"{ctx.body(s, inst)}{phrase}.")
        role = f"{poss(ctx.a.name)} Ambassador to {ctx.b.name}"
    elif v == 1:
        s.text = (f"{line}{poss(ctx.country(s, ctx.a, official=False))} Ambassador to "
                  f"{ctx.country(s, ctx.b)}, {ctx.person(s, amb, 'Ambassador')}, addressed "
                  f"diplomats, scholars and students at {ctx.body(s, inst)}{phrase}, speaking "
                  f"on {topic}.")
        role = f"{poss(ctx.a.name)} Ambassador to {ctx.b.name}"
    elif v == 2:
        s.text = (f"{line}The Ambassador of {ctx.country(s, ctx.a)} to {ctx.country(s, ctx.b)}, "
                  f"{ctx.person(s, amb)}, gave a talk on {topic} at {ctx.body(s, inst)}{phrase}.")
        role = f"Ambassador of {ctx.a.name} to {ctx.b.name}"
    else:
        opener = cap(phrase.strip()) + ", " if phrase else ""
        host = ctx.body(s, inst)
        s.text = (f"{line}{opener}{cap(host) if not line and not opener else host} hosted a "
                  f"lecture by {ctx.person(s, amb)}, Ambassador of {ctx.country(s, ctx.a)} to "
                  f"{ctx.country(s, ctx.b)}, on {topic}.")
        role = f"Ambassador of {ctx.a.name} to {ctx.b.name}"
    ctx.main = amb
    s.roles.append((pref(amb), role))
    s.rel("LECTURED_AT", pref(amb), bref(inst), gold)
    s.rel("AMBASSADOR_OF", pref(amb), ctx.ra)
    s.rel("ACCREDITED_TO", pref(amb), ctx.rb)
    lead = [s]
    pron = amb.pronoun
    follow: list[tuple[Block, bool]] = []
    d = Sent()
    director = w.director(inst, ctx.pub.year)
    title = w.head_title(inst)
    if rng.random() < 0.5:
        d.text = (f"The session was chaired by {ctx.person(d, director)}, {title} of "
                  f"{ctx.body(d, inst)}.")
    else:
        d.text = (f"{ctx.person(d, director)}, {title} of {ctx.body(d, inst)}, welcomed the "
                  "guest and moderated the discussion.")
    d.roles.append((pref(director), f"{title} of {inst.name}"))
    d.rel("OFFICIAL_OF", pref(director), bref(inst))
    follow.append(([d], False))
    follow.append((block_history(ctx, rng.choice(("the envoy", "the ambassador", pron.lower()))),
                   True))
    follow.append((block_corridor(ctx, rng.choice(("the envoy", pron.lower()))), True))
    follow.append((block_membership(ctx), False))
    other = w.institutes(ctx.b.code)[1 - w.institutes(ctx.b.code).index(inst)]
    if other.name != inst.name and rng.random() < 0.5:
        v2 = Sent()
        v2.text = (f"Later in the day, the Ambassador visited {ctx.body(v2, other)}, where "
                   f"{pron.lower()} met faculty members and students.")
        v2.rel("VISITED", pref(amb), bref(other), gold)
        follow.append(([v2], False))
    follow.append((block_initiative(ctx), False))
    if rng.random() < 0.3:
        follow.append((block_planned(ctx, amb, ctx.a), False))
    return head, lead, follow


def scenario_visit(ctx: Ctx) -> Scenario:
    rng, w = ctx.rng, ctx.world
    fm = w.foreign_minister(ctx.a.code, ctx.pub.year)
    host = w.foreign_minister(ctx.b.code, ctx.pub.year)
    if host.name == fm.name:
        host = w.minister(ctx.b.code, "Trade", ctx.pub.year)
    head = Sent()
    topic = rng.choice(TOPICS)
    head.text = rng.choice((
        f"{ctx.a.name}, {ctx.b.name} agree to deepen cooperation in {topic}",
        f"{ctx.a.name} foreign minister in {ctx.b.name} for talks",
        f"{fm.surname} and {host.surname} discuss {topic}",
    ))
    mention_in_headline(head, ctx.ra, ctx.rb)
    if fm.surname in head.text:
        head.m(pref(fm), fm.surname)
        head.m(pref(host), host.surname)
    s = Sent()
    start = ctx.recent(4)
    end = start
    if rng.random() < 0.4:
        # A multi-day visit ending on or before publication, inside one month (so "from 5 to 7
        # October 2022" reads naturally).
        start = ctx.pub - dt.timedelta(days=rng.randrange(2, 5))
        end = min(start + dt.timedelta(days=rng.randrange(1, 3)), ctx.pub)
        if end.month != start.month:
            end = start
    role = f"{poss(ctx.a.name)} Foreign Minister"
    if end != start:
        month = MONTHS[start.month - 1]
        span = (f"from {start.day} to {end.day} {month} {start.year}" if rng.random() < 0.5
                else f"from {month} {start.day} to {end.day}, {start.year}")
        s.text = (f"{poss(ctx.country(s, ctx.a, official=False))} Foreign Minister "
                  f"{ctx.person(s, fm, 'Minister')} paid an official visit to "
                  f"{ctx.country(s, ctx.b)} {span}.")
        visit_gold, talks_gold = start.isoformat(), f"{start.year:04d}-{start.month:02d}"
    else:
        phrase, visit_gold = event_phrase(rng, start, ctx.pub)
        talks_gold = visit_gold
        if ctx.b.capital and rng.random() < 0.6:
            s.text = (f"{poss(ctx.country(s, ctx.a, official=False))} Foreign Minister "
                      f"{ctx.person(s, fm, 'Minister')} arrived in {ctx.city(s, ctx.b)} "
                      f"{phrase} on an official visit to {ctx.country(s, ctx.b)}.")
            s.rel("VISITED", pref(fm), Ref(ctx.b.capital, "City"), visit_gold)
        else:
            s.text = (f"The Foreign Minister of {ctx.country(s, ctx.a)}, "
                      f"{ctx.person(s, fm, 'Minister')}, began a working visit to "
                      f"{ctx.country(s, ctx.b)} {phrase}.")
            role = f"Foreign Minister of {ctx.a.name}"
    ctx.main = fm
    s.roles.append((pref(fm), role))
    s.rel("VISITED", pref(fm), ctx.rb, visit_gold)
    s.rel("OFFICIAL_OF", pref(fm), ctx.ra)
    lead = [s]
    t = Sent()
    t.text = (f"During the visit, {ctx.person(t, fm, 'Minister')} held talks with "
              f"{poss(ctx.country(t, ctx.b, official=False))} Minister of Foreign Affairs, "
              f"{ctx.person(t, host, 'Minister')}, on {topic} and {rng.choice(TOPICS)}.")
    t.roles.append((pref(host), f"{poss(ctx.b.name)} Minister of Foreign Affairs"))
    t.rel("MET_WITH", pref(fm), pref(host), talks_gold)
    t.rel("OFFICIAL_OF", pref(host), ctx.rb)
    t2 = Sent()
    t2.text = (f"{fm.pronoun} described the talks as {rng.choice(TONES)} and said both sides "
               "wanted to move quickly from declarations to projects.")
    follow: list[tuple[Block, bool]] = [([t, t2], True)]
    topics = rng.sample(range(len(AGREEMENT_TOPICS)), 3)
    agreements = []
    for k in topics[: rng.randrange(1, 4)]:
        topic_k = AGREEMENT_TOPICS[k]
        if rng.random() < 0.6:
            name = f"{ctx.a.name}-{ctx.b.name} {topic_k} Agreement"
        else:
            name = f"Memorandum of Understanding on {topic_k}"
        agreements.append(Body(name, "Project"))
    g = Sent()
    if rng.random() < 0.5:
        listed = ", ".join(f"the {ctx.body(g, ag, article=False)}" for ag in agreements)
        g.text = (f"The two ministers then signed {len(agreements)} "
                  f"{'agreement' if len(agreements) == 1 else 'agreements'}: {listed}.")
        for ag in agreements:
            g.rel("SIGNED_AGREEMENT", pref(fm), bref(ag), talks_gold)
            g.rel("SIGNED_AGREEMENT", pref(host), bref(ag), talks_gold)
    else:
        listed = " and ".join(f"the {ctx.body(g, ag, article=False)}" for ag in agreements[:2])
        g.text = (f"{ctx.country(g, ctx.a, True, False)} and {ctx.country(g, ctx.b, True)} "
                  f"also signed {listed}.")
        for ag in agreements[:2]:
            g.rel("SIGNED_AGREEMENT", ctx.ra, bref(ag), talks_gold)
            g.rel("SIGNED_AGREEMENT", ctx.rb, bref(ag), talks_gold)
    follow.append(([g], rng.random() < 0.7))
    follow.append((block_history(ctx, "the minister"), False))
    follow.append((block_corridor(ctx, "the minister"), False))
    follow.append((block_membership(ctx), False))
    if rng.random() < 0.4:
        follow.append((block_planned(ctx, host, ctx.a), False))
    return head, lead, follow


def scenario_courtesy(ctx: Ctx) -> Scenario:
    rng, w = ctx.rng, ctx.world
    amb = w.ambassador(ctx.a.code, ctx.b.code, ctx.pub.year)
    portfolio = rng.choice(PORTFOLIOS)
    host = w.minister(ctx.b.code, portfolio, ctx.pub.year)
    head = Sent()
    head.text = rng.choice((
        f"New {ctx.a.name} envoy calls on {ctx.b.name} minister",
        f"{amb.surname} pledges to expand ties with {ctx.b.name}",
        f"{ctx.b.name} and {ctx.a.name} explore {portfolio.lower()} links",
    ))
    mention_in_headline(head, ctx.ra, ctx.rb)
    if amb.surname in head.text:
        head.m(pref(amb), amb.surname)
    s = Sent()
    phrase, gold = event_phrase(rng, ctx.recent(), ctx.pub)
    where = f" in {ctx.city(s, ctx.b)}" if ctx.b.capital and rng.random() < 0.5 else ""
    if rng.random() < 0.5:
        s.text = (f"The newly appointed Ambassador of {ctx.country(s, ctx.a)} to "
                  f"{ctx.country(s, ctx.b)}, {ctx.person(s, amb, 'Ambassador')}, paid a courtesy "
                  f"call on the Minister of {portfolio} of {ctx.country(s, ctx.b)}, "
                  f"{ctx.person(s, host, 'Minister')},{where} {phrase}.")
        s.roles.append((pref(amb), f"Ambassador of {ctx.a.name} to {ctx.b.name}"))
    else:
        s.text = (f"{cap(phrase)}, {poss(ctx.country(s, ctx.a, official=False))} Ambassador to "
                  f"{ctx.country(s, ctx.b)}, {ctx.person(s, amb, 'Ambassador')}, called on "
                  f"{poss(ctx.country(s, ctx.b, official=False))} Minister of {portfolio}, "
                  f"{ctx.person(s, host, 'Minister')}{where}.")
        s.roles.append((pref(amb), f"{poss(ctx.a.name)} Ambassador to {ctx.b.name}"))
    s.roles.append((pref(host), f"Minister of {portfolio} of {ctx.b.name}"))
    ctx.main = amb
    s.rel("AMBASSADOR_OF", pref(amb), ctx.ra)
    s.rel("ACCREDITED_TO", pref(amb), ctx.rb)
    s.rel("MET_WITH", pref(amb), pref(host), gold)
    s.rel("OFFICIAL_OF", pref(host), ctx.rb)
    s2 = Sent()
    s2.text = (f"{amb.pronoun} conveyed greetings from {ctx.country(s2, ctx.a)} and briefed the "
               f"minister on {amb.possessive} priorities for the coming years.")
    follow: list[tuple[Block, bool]] = [([s2], False)]
    fm = w.foreign_minister(ctx.b.code, ctx.pub.year)
    if fm.name not in (amb.name, host.name) and rng.random() < 0.6:
        m2 = Sent()
        d2 = ctx.pub - dt.timedelta(days=rng.randrange(7, 40))
        phrase2, gold2 = f"on {day_text(rng, d2)}", d2.isoformat()
        m2.text = (f"{ctx.person(m2, amb, 'Ambassador')} had earlier met the Minister of "
                   f"Foreign Affairs of {ctx.country(m2, ctx.b)}, {ctx.person(m2, fm)}, "
                   f"{phrase2}.")
        m2.roles.append((pref(fm), f"Minister of Foreign Affairs of {ctx.b.name}"))
        m2.rel("MET_WITH", pref(amb), pref(fm), gold2)
        m2.rel("OFFICIAL_OF", pref(fm), ctx.rb)
        follow.append(([m2], False))
    follow.append((block_history(ctx, "the ambassador"), True))
    follow.append((block_corridor(ctx, "the ambassador"), False))
    follow.append((block_membership(ctx), False))
    follow.append((block_initiative(ctx), False))
    return head, lead_of(s), follow


def lead_of(s: Sent) -> Block:
    return [s]


def scenario_institutes(ctx: Ctx) -> Scenario:
    rng, w = ctx.rng, ctx.world
    i1 = w.institutes(ctx.a.code)[rng.randrange(2)]
    i2 = w.institutes(ctx.b.code)[rng.randrange(2)]
    topic = rng.choice(TOPICS)
    mou = Body(f"memorandum of understanding on joint research in {topic}", "Project")
    d1, d2 = w.director(i1, ctx.pub.year), w.director(i2, ctx.pub.year)
    head = Sent()
    head.text = f"{ctx.a.name} and {ctx.b.name} think tanks join hands on {topic}"
    mention_in_headline(head, ctx.ra, ctx.rb)
    s = Sent()
    phrase, gold = event_phrase(rng, ctx.recent(), ctx.pub)
    where = f" in {ctx.city(s, ctx.b)}" if ctx.b.capital and rng.random() < 0.5 else ""
    s.text = (f"{cap(ctx.body(s, i1))} and {ctx.body(s, i2)} signed a {mou.name}{where} "
              f"{phrase}.")
    s.m(bref(mou), mou.name)
    s.rel("SIGNED_AGREEMENT", bref(i1), bref(mou), gold)
    s.rel("SIGNED_AGREEMENT", bref(i2), bref(mou), gold)
    s2 = Sent()
    t1, t2 = w.head_title(i1), w.head_title(i2)
    s2.text = (f"The memorandum was signed by {ctx.person(s2, d1)}, {t1} of "
               f"{ctx.body(s2, i1)}, and {ctx.person(s2, d2)}, {t2} of {ctx.body(s2, i2)}.")
    s2.roles.append((pref(d1), f"{t1} of {i1.name}"))
    s2.roles.append((pref(d2), f"{t2} of {i2.name}"))
    s2.rel("SIGNED_AGREEMENT", pref(d1), bref(mou), gold)
    s2.rel("SIGNED_AGREEMENT", pref(d2), bref(mou), gold)
    s2.rel("OFFICIAL_OF", pref(d1), bref(i1))
    s2.rel("OFFICIAL_OF", pref(d2), bref(i2))
    follow: list[tuple[Block, bool]] = []
    c = Sent()
    since = ctx.pub.year - rng.randrange(1, 12)
    c.text = (f"The two institutes have worked together since {since}, organising joint "
              "seminars and exchanging visiting fellows.")
    c.rel("COOPERATES_WITH", bref(i1), bref(i2), f"{since:04d}")
    follow.append(([c], True))
    amb = w.ambassador(ctx.a.code, ctx.b.code, ctx.pub.year)
    e = Sent()
    e.text = (f"The ceremony was attended by {ctx.person(e, amb)}, {poss(ctx.a.name)} "
              f"Ambassador to {ctx.country(e, ctx.b)}, who called the agreement a milestone.")
    e.m(ctx.ra)
    e.roles.append((pref(amb), f"{poss(ctx.a.name)} Ambassador to {ctx.b.name}"))
    e.rel("AMBASSADOR_OF", pref(amb), ctx.ra)
    e.rel("ACCREDITED_TO", pref(amb), ctx.rb)
    follow.append(([e], False))
    follow.append((block_history(ctx, "the ambassador"), False))
    follow.append((block_corridor(ctx, "the ambassador"), False))
    follow.append((block_membership(ctx), False))
    return head, [s, s2], follow


def scenario_sidelines(ctx: Ctx) -> Scenario:
    rng, w = ctx.rng, ctx.world
    fm_a = w.foreign_minister(ctx.a.code, ctx.pub.year)
    fm_b = w.foreign_minister(ctx.b.code, ctx.pub.year)
    if fm_a.name == fm_b.name:
        fm_b = w.minister(ctx.b.code, "Trade", ctx.pub.year)
    org = ctx.common_org() or w.orgs[0]
    head = Sent()
    head.text = f"{ctx.a.name} and {ctx.b.name} ministers meet on the sidelines"
    mention_in_headline(head, ctx.ra, ctx.rb)
    s = Sent()
    phrase, gold = event_phrase(rng, ctx.recent(), ctx.pub)
    s.text = (f"{poss(ctx.country(s, ctx.a, official=False))} Foreign Minister "
              f"{ctx.person(s, fm_a, 'Minister')} met {poss(ctx.country(s, ctx.b))} Minister of "
              f"Foreign Affairs, {ctx.person(s, fm_b, 'Minister')}, on the sidelines of the "
              f"ministerial meeting of {ctx.body(s, org)} {phrase}.")
    s.roles.append((pref(fm_a), f"{poss(ctx.a.name)} Foreign Minister"))
    s.roles.append((pref(fm_b), f"{poss(ctx.b.name)} Minister of Foreign Affairs"))
    ctx.main = fm_a
    s.rel("MET_WITH", pref(fm_a), pref(fm_b), gold)
    s.rel("OFFICIAL_OF", pref(fm_a), ctx.ra)
    s.rel("OFFICIAL_OF", pref(fm_b), ctx.rb)
    s2 = Sent()
    s2.text = (f"Both countries are members of {ctx.body(s2, org)}, and the two ministers "
               "agreed to coordinate closely on its agenda.")
    s2.rel("MEMBER_OF", ctx.ra, bref(org))
    s2.rel("MEMBER_OF", ctx.rb, bref(org))
    follow: list[tuple[Block, bool]] = [([s2], True)]
    follow.append((block_history(ctx, "the ministers"), False))
    follow.append((block_corridor(ctx, "the ministers"), False))
    follow.append((block_initiative(ctx), False))
    return head, [s], follow


SCENARIOS: tuple[tuple[Callable[[Ctx], Scenario], float], ...] = (
    (scenario_lecture, 0.25),
    (scenario_visit, 0.25),
    (scenario_courtesy, 0.2),
    (scenario_institutes, 0.15),
    (scenario_sidelines, 0.15),
)

# --- noise and boilerplate --------------------------------------------------------------------

NOISE: tuple[str, ...] = (
    "Officials from both sides described the atmosphere of the discussions as {tone}.",
    "The event drew a large audience of diplomats, academics, journalists and students.",
    "Bilateral trade stood at {n} million US dollars last year, a figure both sides consider "
    "well below its potential.",
    "Tourist arrivals have grown by {pct} percent over the past five years, officials said.",
    "Business leaders have repeatedly called for direct flights and simpler customs procedures.",
    "The discussion also touched on climate change, {topic} and the situation in the wider "
    "region.",
    "Questions from the audience focused on {topic}, energy prices and student exchanges.",
    "A cultural programme of traditional music and dance followed the formal session.",
    "Analysts note that {A} has diversified its foreign partnerships over the past decade.",
    "{B} has become one of the fastest-growing markets for exporters from {A}, according to "
    "customs data.",
    "Officials did not give a timeline for the next round of consultations.",
    "The remarks were broadcast live on national television and streamed online.",
    "Students who attended were given a booklet on the history of the relationship.",
    "Consular matters, including the welfare of some {n} nationals living abroad, were also "
    "raised.",
    "The programme included a wreath-laying ceremony and a tour of the old city.",
    "Local media gave wide coverage to the event.",
    "Economists estimate that lower tariffs could double bilateral trade within a decade.",
    "Bad weather delayed the arrival of some participants by several hours.",
    "Remittances remain an important source of income for many families in {B}.",
    "Participants observed a minute of silence for the victims of the recent floods.",
    "Photographs of the event were later published on official social media accounts.",
    "Speakers stressed the importance of people-to-people contacts, youth exchanges and "
    "tourism.",
    "Organisers said a second session on {topic} would be held next spring.",
    "The two sides also reviewed preparations for a business forum planned for {month}.",
    "Around {n} companies from {A} are already active in {B}, mostly in construction and "
    "services.",
    "Observers said the tone was notably {tone} compared with previous rounds.",
    "The meeting lasted about {hours} hours, longer than scheduled.",
    "A photo exhibition on {topic} was opened in the lobby after the session.",
    "Both delegations included senior officials from the trade and finance ministries.",
    "Shipping costs, visa processing times and banking links were named as the main "
    "obstacles.",
    "Journalists were briefed by spokespersons of both sides at the end of the day.",
    "Security was tight around the venue, and several streets were closed to traffic.",
    "The venue was decorated with the flags of both countries.",
    "Academic exchanges have expanded, with {n} scholarships offered last year alone.",
    "The agenda also covered {topic}, an area where experts see untapped potential.",
    "Preparations for a joint economic commission session are under way, officials said.",
    "Several participants highlighted the role of small and medium-sized enterprises.",
    "It was the {nth} meeting of its kind in the past {years} years.",
    "Diaspora associations welcomed the outcome in statements issued later.",
    "A memorial plaque unveiled at the venue commemorates earlier exchanges between the two "
    "peoples.",
    "Inflation and currency volatility have weighed on trade volumes in recent months.",
    "Organisers thanked the sponsors and volunteers who made the event possible.",
)
RELATED = (
    "{C} and {D} discuss visa facilitation", "{C} hosts regional energy summit",
    "Delegation from {C} explores trade routes", "{C} envoy meets business leaders in {D}",
    "{C}, {D} hold consular talks", "Reception marks national day of {C}",
    "Ambassador of {C} presents credentials", "{C} and {D} sign air services deal",
)


QUOTES = (
    "We have a long road ahead of us, but the direction is clear",
    "Our peoples know each other better than our statistics suggest",
    "Trust is built one project at a time",
    "There is no shortage of goodwill; what we need now is follow-through",
    "Geography is not destiny, but it is an opportunity",
    "Young people will judge us by what we deliver, not by what we promise",
)


def noise_sentence(ctx: Ctx) -> Sent:
    """A sentence that states no fact; never the same template twice in one article."""
    rng = ctx.rng
    s = Sent()
    if ctx.main is not None and rng.random() < 0.15:
        p = ctx.main
        quote = QUOTES[rng.randrange(len(QUOTES))]
        who = rng.choice((f"{p.honorific} {p.surname}", p.surname))
        s.text = f"\"{quote},\" {who} {rng.choice(('said', 'added', 'told the audience'))}."
        s.m(pref(p), p.surname)
        return s
    k = rng.randrange(len(NOISE))
    while k in ctx.noise_used and len(ctx.noise_used) < len(NOISE):
        k = (k + 1) % len(NOISE)
    ctx.noise_used.add(k)
    template = NOISE[k]
    fields = {
        "tone": rng.choice(TONES),
        "n": str(rng.randrange(12, 950)),
        "pct": str(rng.randrange(3, 60)),
        "topic": rng.choice(TOPICS),
        "month": MONTHS[rng.randrange(12)],
        "hours": str(rng.randrange(2, 6)),
        "nth": ordinal(rng.randrange(2, 15)),
        "years": str(rng.randrange(3, 20)),
        "A": s.m(ctx.ra) if "{A}" in template else "",
        "B": s.m(ctx.rb) if "{B}" in template else "",
    }
    s.text = template.format(**fields)
    return s


def header_lines(ctx: Ctx, title: str) -> list[str]:
    rng = ctx.rng
    site, agency, _ = ctx.site
    lines: list[str] = []
    if rng.random() < 0.3:
        lines.append(rng.choice((f"Home › Diplomacy › {title[:30]}", "HomeDiplomatic NewsEnvoys",
                                 "Home | News | Diplomacy | Embassies")))
    if rng.random() < 0.4:
        lines.append(site)
    return lines


def byline_lines(ctx: Ctx, has_dateline: bool) -> list[str]:
    """Lines under the headline; one of them shows the publication date unless the dateline
    or crawl prefix already does."""
    rng = ctx.rng
    out: list[str] = []
    if rng.random() < 0.5:
        reporter = ctx.world.person(f"reporter/{ctx.site[1]}/{rng.randrange(12)}")
        out.append(rng.choice((f"By {reporter.name}", "By Staff Reporter", f"By {ctx.site[1]}")))
    if not has_dateline or rng.random() < 0.5:
        style = rng.randrange(3)
        if style == 0:
            out.append(day_text(rng, ctx.pub))
        elif style == 1:
            out.append(f"Published: {ctx.pub.day:02d}.{ctx.pub.month:02d}.{ctx.pub.year}")
        else:
            out.append(f"{MONTHS[ctx.pub.month - 1]} {ctx.pub.day}, {ctx.pub.year}")
    if rng.random() < 0.4:
        out += ["Facebook", "Twitter", "WhatsApp", "Linkedin"]
    return out


def footer_lines(ctx: Ctx) -> list[str]:
    rng, w = ctx.rng, ctx.world
    out: list[str] = []
    if rng.random() < 0.5:
        out += ["Follow us", f"{rng.randrange(1000, 9999):,}FansLike",
                f"{rng.randrange(1000, 9999):,}FollowersFollow"]
    if rng.random() < 0.6:
        out.append(rng.choice(("Most Popular", "Related stories", "Read also", "LATEST POSTS")))
        for _ in range(rng.randrange(2, 4)):
            c = w.countries[rng.randrange(len(w.countries))].name
            d = w.countries[rng.randrange(len(w.countries))].name
            out.append(rng.choice(RELATED).format(C=c, D=d))
    if rng.random() < 0.4:
        out.append(f"Tags: diplomacy, {ctx.a.name}, {ctx.b.name}, {rng.choice(TOPICS)}")
    if rng.random() < 0.3:
        out.append(f"© {ctx.pub.year} {ctx.site[0]}. All rights reserved.")
    return out


# --- assembly -----------------------------------------------------------------------------------


def words(text: str) -> int:
    return len(text.split())


def build_article(world: World, seed: int, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Article i of the corpus and its gold record; depends only on (world, seed, index)."""
    rng = random.Random(f"diplograph-bench/{seed}/{index}")
    ctx = Ctx(world, rng, index)
    fns = [f for f, _ in SCENARIOS]
    scenario = rng.choices(fns, weights=[wt for _, wt in SCENARIOS])[0]
    head, lead, follow = scenario(ctx)
    target = rng.randrange(300, 451)
    has_dateline = ctx.dateline
    crawl = rng.random() < 0.15
    top = header_lines(ctx, head.text) + [head.text] + byline_lines(ctx, has_dateline or crawl)
    bottom = footer_lines(ctx)
    blocks: list[Block] = [lead] + [b for b, _ in follow if b]
    required = [True] + [req for b, req in follow if b]
    fixed_words = sum(words(x) for x in top + bottom)

    def body_words(bs: list[Block]) -> int:
        return sum(words(s.text) for b in bs for s in b)

    # Drop optional blocks from the end until the facts fit in the word budget.
    while fixed_words + body_words(blocks) > target:
        drop = [i for i in range(len(blocks) - 1, 0, -1) if not required[i]]
        if not drop:
            break
        del blocks[drop[0]], required[drop[0]]
    # Then fill with noise sentences, inserted between blocks (never inside one, so "he"
    # and "the two countries" keep their antecedents).
    slots: list[list[Sent]] = [[] for _ in blocks]
    total = fixed_words + body_words(blocks)
    misses = 0
    while total < target and misses < 8:
        n = noise_sentence(ctx)
        if total + words(n.text) > target + 10:
            misses += 1  # too long for what is left: try another
            continue
        slots[rng.randrange(len(blocks))].append(n)
        total += words(n.text)
    paragraphs: list[list[Sent]] = []
    for block, extra in zip(blocks, slots, strict=True):
        paragraphs.append(list(block))
        for n in extra:
            if len(paragraphs[-1]) >= 3 and rng.random() < 0.5:
                paragraphs.append([n])
            else:
                paragraphs[-1].append(n)
    body = "\n\n".join(" ".join(s.text for s in p) for p in paragraphs)
    prefix = f" date {ctx.pub.isoformat()} " if crawl else ""
    text = prefix + "\n".join(top) + "\n\n" + body + ("\n\n" + "\n".join(bottom) if bottom else "")
    article_id = f"{index:08d}"
    site, agency, host = ctx.site
    article = {
        "id": article_id,
        "title": head.text,
        "url": f"https://{host}/{ctx.pub.year}/{ctx.pub.month:02d}/{article_id}",
        "source": site,
        "published": ctx.pub.isoformat(),
        "text": text,
    }
    sentences = [head] + [s for p in paragraphs for s in p]
    return article, gold_record(article_id, ctx.pub, sentences)


def gold_record(article_id: str, pub: dt.date, sentences: list[Sent]) -> dict[str, Any]:
    entities: dict[str, dict[str, Any]] = {}
    for s in sentences:
        for ref, form in s.mentions:
            e = entities.setdefault(ref.name, {"name": ref.name, "type": ref.type, "aliases": [],
                                               "roles": []})
            if form != ref.name and form not in e["aliases"]:
                e["aliases"].append(form)
        for ref, role in s.roles:
            roles = entities[ref.name]["roles"]
            if role not in roles:
                roles.append(role)
    # An entity whose full name only stood in a dropped block (its acronym or surname survived)
    # is named by the first form the kept text shows; countries keep their canonical names.
    rename: dict[str, str] = {}
    for name, e in list(entities.items()):
        forms = [form for s in sentences for ref, form in s.mentions if ref.name == name]
        if e["type"] != "Country" and name not in forms:
            rename[name] = forms[0]
            e["name"] = forms[0]
            e["aliases"] = [a for a in e["aliases"] if a != forms[0]]
    relations: list[dict[str, Any]] = []
    seen: set[tuple[str, ...]] = set()
    for s in sentences:
        for kind, src, tgt, date in s.rels:
            pair = sorted((src.name, tgt.name)) if kind in SYMMETRIC else [src.name, tgt.name]
            # States once per pair per article; events and milestones once per pair and date.
            key = (kind, *pair, "" if kind in STATE else str(date))
            if key in seen:
                continue
            seen.add(key)
            for end in (src, tgt):
                if end.name not in entities:  # only through a bug in a template
                    raise AssertionError(f"{article_id}: {end.name} has no mention")
            relations.append({"type": kind, "source": rename.get(src.name, src.name),
                              "target": rename.get(tgt.name, tgt.name), "date": date,
                              "evidence": s.text})
    return {"article": article_id, "published": pub.isoformat(),
            "entities": list(entities.values()), "relations": relations}


# --- shards -------------------------------------------------------------------------------------


def shard_names(shard: int) -> tuple[str, str]:
    return f"articles-{shard:05d}.jsonl", f"gold-{shard:05d}.jsonl"


def write_shard(args: tuple[int, int, int, int, str]) -> dict[str, Any]:
    """Write articles [start, stop) as one shard; returns its entry for the manifest."""
    seed, shard, start, stop, out = args
    world = World.build(seed)
    art_name, gold_name = shard_names(shard)
    out_dir = Path(out)
    n_words = n_rel = 0
    with (open(out_dir / (art_name + ".tmp"), "w", encoding="utf-8", newline="\n") as fa,
          open(out_dir / (gold_name + ".tmp"), "w", encoding="utf-8", newline="\n") as fg):
        for i in range(start, stop):
            article, gold = build_article(world, seed, i)
            fa.write(json.dumps(article, ensure_ascii=False) + "\n")
            fg.write(json.dumps(gold, ensure_ascii=False) + "\n")
            n_words += words(article["text"])
            n_rel += len(gold["relations"])
    os.replace(out_dir / (art_name + ".tmp"), out_dir / art_name)
    os.replace(out_dir / (gold_name + ".tmp"), out_dir / gold_name)
    return {"articles": art_name, "gold": gold_name, "count": stop - start, "words": n_words,
            "relations": n_rel}


def generate(n: int, seed: int, out: Path, shard_size: int = DEFAULT_SHARD_SIZE,
             workers: int = 1) -> dict[str, Any]:
    """Write the corpus (streamed shard by shard) and, last, its manifest."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "manifest.json").unlink(missing_ok=True)
    jobs = [(seed, k, start, min(start + shard_size, n), str(out))
            for k, start in enumerate(range(0, n, shard_size))]
    if workers > 1 and len(jobs) > 1:
        with ProcessPoolExecutor(max_workers=min(workers, len(jobs))) as pool:
            shards = list(pool.map(write_shard, jobs))
    else:
        shards = [write_shard(j) for j in jobs]
    manifest = {
        "generator_version": GENERATOR_VERSION,
        "seed": seed,
        "articles": n,
        "shard_size": shard_size,
        "words": sum(s["words"] for s in shards),
        "relations": sum(s["relations"] for s in shards),
        "shards": shards,
    }
    tmp = out / "manifest.json.tmp"
    tmp.write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, out / "manifest.json")
    return manifest


def read_manifest(out: Path) -> dict[str, Any] | None:
    try:
        data: dict[str, Any] = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data


def ensure_corpus(n: int, seed: int, out: Path, workers: int = 1) -> dict[str, Any]:
    """Reuse a complete corpus of the same version, size and seed; generate it otherwise."""
    m = read_manifest(out)
    if m and m.get("generator_version") == GENERATOR_VERSION and m.get("articles") == n \
            and m.get("seed") == seed:
        return m
    return generate(n, seed, out, workers=workers)


def iter_articles(out: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Stream the articles of a corpus, shard by shard."""
    yield from _iter_files(out, 0, limit)


def iter_gold(out: Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    yield from _iter_files(out, 1, limit)


def _iter_files(out: Path, which: int, limit: int | None) -> Iterator[dict[str, Any]]:
    m = read_manifest(out)
    if m is None:
        raise FileNotFoundError(f"{out} holds no complete corpus (no manifest.json)")
    seen = 0
    for shard in m["shards"]:
        name = shard["articles"] if which == 0 else shard["gold"]
        with open(out / name, encoding="utf-8") as f:
            for line in f:
                if limit is not None and seen >= limit:
                    return
                seen += 1
                yield json.loads(line)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, required=True)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--shard-size", type=int, default=DEFAULT_SHARD_SIZE)
    ap.add_argument("--workers", type=int, default=min(2, os.cpu_count() or 1))
    a = ap.parse_args(argv)
    if a.articles < 0 or a.shard_size < 1:
        ap.error("--articles must be >= 0 and --shard-size >= 1")
    t0 = time.perf_counter()
    m = generate(a.articles, a.seed, a.out, a.shard_size, a.workers)
    dt_s = time.perf_counter() - t0
    print(f"{m['articles']} articles, {len(m['shards'])} shards, {m['words']} words, "
          f"{m['relations']} gold relations in {dt_s:.1f}s -> {a.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
