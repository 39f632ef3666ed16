"""The default extractor: offline, deterministic rules over gazetteers.

    record = extract_article(text, title=..., url=..., published="2021-10-23", source=...)

Steps: blank site boilerplate (offsets stay valid) -> repair mojibake in a working copy ->
sentences -> header (published date, dateline) -> mentions (tables, name chunks, people,
aliases, coreference) -> relation rules per sentence template -> dates -> claims.

Modules: clean (boilerplate, mojibake), sentences, header (published, dateline), dates,
gazetteer (ingest/data/*.tsv: countries, capitals, demonyms, multilateral bodies), lexicon
(titles, honorifics, word lists, anchored regex scanning), entities (mentions and
coreference, sentence templates), relations (rules and claim dates).
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import combinations

from graph.dates import PartialDate
from graph.errors import InvalidInput
from graph.model import (
    EXTRACTOR_VERSION,
    Article,
    ArticleRecord,
    Claim,
    DateSource,
    Entity,
    article_id,
)
from graph.vocabulary import EntityType, Kind, predicate
from ingest.extract import entities as ents
from ingest.extract import gazetteer as gz
from ingest.extract import header
from ingest.extract.clean import clean, plain_characters, plain_text, relined, repair, unwrap
from ingest.extract.relations import Cand, Extractor, Sent, build_sentence
from ingest.extract.sentences import split

__all__ = ["EXTRACTOR_VERSION", "extract_article"]

SYMMETRIC_PAIRS = {"ESTABLISHED_TIES", "SEVERED_TIES", "MET_WITH", "COOPERATES_WITH"}


def _parse_published(value: str | None) -> PartialDate | None:
    if not value:
        return None
    try:
        return PartialDate.parse(value[:10])
    except InvalidInput:
        return None


def extract_article(
    text: str,
    *,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    source: str | None = None,
) -> ArticleRecord:
    aid = article_id(text)
    # A text in one line with its lines guessed back, a hard-wrapped one with its paragraphs'
    # line breaks made spaces (one for one: offsets unchanged; the evidence and names are read
    # from this copy)
    flat = unwrap(relined(text))
    cleaned = clean(flat)
    work = plain_characters(repair(cleaned.text))
    sentences = split(work.text)
    dateline = None
    for s, e in sentences[:5]:
        found = header.find_dateline(work.text, s, e)
        if found is not None and (dateline is None or found.date or found.month_day):
            dateline = found
        if dateline is not None and (dateline.date or dateline.month_day):
            # an undated one may be a site's name and a dash ("Lusa — Agência de Notícias de
            # Portugal"): a dated dateline a few lines below, if any, is the story's
            break
    if dateline is None:
        # ("Government of Canada / Global Affairs Canada / Readout / title / From: ... / May 2,
        # 2024 - Ottawa, Ontario - Global Affairs Canada": a release's line of date, place and
        # issuer a little further down)
        dateline = next((d for s, e in sentences[5:8]
                         if (d := header.find_issuer_dateline(work.text, s, e)) is not None), None)
    # The headline is the first line of text, unless the text starts with its dateline.
    if title is None and sentences and not (dateline and dateline.start == sentences[0][0]):
        s, e = work.span(*sentences[0])
        line_end = flat.find("\n", s)
        headline = " ".join(flat[s : line_end if line_end >= 0 else e].split())
        title = plain_text(headline[:300]) or None
    header_text = plain_text(flat)  # (read for dates only, not for positions)
    pub = _parse_published(published) or header.published_from_text(
        header_text, cleaned.crawl_date, dateline
    )
    dateline_date = header.complete_dateline(dateline, pub)

    doc = ents.Doc(flat, work, sentences, dateline)
    if dateline is not None:
        doc.place_iso = _place_country(dateline.place)
    ents.find_bodies_and_countries(doc)
    ents.merge_alternative_names(doc)
    ents.find_aliases(doc)
    ents.find_descriptive_agreements(doc)
    ents.merge_described_agreements(doc)
    ents.find_companies(doc)
    ents.find_state_agencies(doc)
    ents.find_agency(doc)
    ents.find_channel_mechanisms(doc)
    ents.find_host_state(doc)
    ents.find_people(doc)
    ents.find_untitled_people(doc)
    ents.find_person_aliases(doc)
    ents.absorb_postnominals(doc)
    ents.find_coreference(doc)
    ents.find_visited_cities(doc)

    ext = Extractor(doc, pub, dateline_date)
    ext.event_date = header.event_page_date(header_text)
    built: list[Sent] = []
    for i in range(len(sentences)):
        sent = build_sentence(doc, i, pub)
        built.append(sent)
        ext.sentence(sent)
    ext.finish()

    claims = _claims(doc, aid, ext.cands)
    entities = _entities(doc, claims)
    article = Article(
        id=aid,
        text=text,
        title=title,
        url=url,
        source=source or (dateline.agency if dateline else None),
        published=pub,
        place=dateline.place if dateline else None,
    )
    return ArticleRecord(article, tuple(entities), tuple(claims))


def _place_country(place: str) -> str | None:
    for m in gz.scan_name(place):
        if m.entry.kind in (gz.CAPITAL, gz.COUNTRY):
            return m.entry.key
    return None


def _ents_of(doc: ents.Doc, mention_ids: tuple[int, ...]) -> list[str]:
    out: list[str] = []
    for i in mention_ids:
        out.extend(doc.mentions[i].ents)
    return list(dict.fromkeys(out))


def _type_ok(doc: ents.Doc, pred: str, subj: str, obj: str) -> bool:
    p = predicate(pred)
    s, o = doc.ents.get(subj), doc.ents.get(obj)
    return s is not None and o is not None and s.type in p.subjects and o.type in p.objects


def _claims(doc: ents.Doc, aid: str, cands: list[tuple[Sent, Cand]]) -> list[Claim]:
    raw: list[tuple[Claim, bool]] = []  # (claim, object is a place)
    for sent, c in cands:
        os_, oe = doc.work.span(sent.start, sent.end)
        sentence = doc.original[os_:oe]
        pairs: list[tuple[str, str, bool]] = []
        if c.pred in SYMMETRIC_PAIRS and c.subj == c.obj:
            for a, b in combinations(_ents_of(doc, c.subj), 2):
                pairs.append((a, b, False))
        elif c.pred == "VISITED" and any(doc.mentions[i].kind == "L" for i in c.obj):
            # "made a working visit to Dili": the visit is to the City, which lies in its country
            for i in c.obj:
                city = ents.visited_city(doc, i)
                for a in _ents_of(doc, c.subj):
                    for b in (city,) if city else doc.mentions[i].ents:
                        if a != b:
                            pairs.append((a, b, city is None))
        else:
            place = any(doc.mentions[i].kind == "L" for i in c.obj)
            for a in _ents_of(doc, c.subj):
                for b in _ents_of(doc, c.obj):
                    if a != b:
                        pairs.append((a, b, place))
        for a, b, place in pairs:
            _ensure_country(doc, a)
            _ensure_country(doc, b)
            if not _type_ok(doc, c.pred, a, b):
                continue
            claim = Claim(
                article_id=aid,
                predicate=c.pred,
                subject=a,
                object=b,
                sentence=sentence,
                sentence_index=sent.index,
                char_start=os_,
                char_end=oe,
                rule=c.rule,
                date=c.date,
                date_source=c.date_source if c.date else DateSource.NONE,
                confidence=c.confidence,
            )
            raw.append((claim, place and c.pred == "VISITED"))
            country = doc.city_country.get(b) if c.pred == "VISITED" else None
            if country is not None and not place:
                # the City's country, where the text or the capitals table gives it
                _ensure_country(doc, country)
                raw.append((replace(claim, predicate="LOCATED_IN", subject=b, object=country,
                                    rule="located.city", date=None,
                                    date_source=DateSource.NONE), False))
    return _tidy(raw)


def _ensure_country(doc: ents.Doc, eid: str) -> None:
    """Countries reached only through a demonym or a place still need an entity."""
    if eid in doc.ents or not eid.startswith("country:"):
        return
    iso = eid.split(":", 1)[1]
    c = gz.countries().get(iso)
    if c is not None:
        doc.add_entity(eid, EntityType.COUNTRY, c.name, 0)


def _key(c: Claim) -> tuple[str, str, str]:
    if c.predicate in SYMMETRIC_PAIRS and c.object < c.subject:
        return (c.predicate, c.object, c.subject)
    return (c.predicate, c.subject, c.object)


def _tidy(raw: list[tuple[Claim, bool]]) -> list[Claim]:
    # A visit to a place that is no City is no claim, but it dates the headline's visit.
    city_visits = [c for c, place in raw if place]
    claims = [c for c, place in raw if not place]
    dated: dict[tuple[str, str], set[PartialDate]] = {}
    for c in claims + city_visits:
        if c.date is not None and c.sentence_index > 0:
            dated.setdefault((c.predicate, c.subject), set()).add(c.date)
    # An agreement is signed once: "X and Y have signed an agreement. It was signed on
    # Wednesday by A and B" dates the first signing too.
    signed: dict[str, set[PartialDate]] = {}
    for c in claims:
        if c.predicate == "SIGNED_AGREEMENT" and c.date is not None:
            signed.setdefault(c.object, set()).add(c.date)
    fixed: list[Claim] = []
    for c in claims:
        if c.sentence_index == 0 and c.date is None and predicate(c.predicate).kind is Kind.EVENT:
            ds = dated.get((c.predicate, c.subject), set())
            if len(ds) == 1:
                c = replace(c, date=next(iter(ds)), date_source=DateSource.SENTENCE)
        once = signed.get(c.object, set())
        if c.predicate == "SIGNED_AGREEMENT" and c.date is None and len(once) == 1:
            c = replace(c, date=next(iter(once)), date_source=DateSource.SENTENCE)
        fixed.append(c)
    # one claim per predicate, pair and sentence
    best: dict[tuple[str, str, str, int], Claim] = {}
    for c in fixed:
        k = (*_key(c), c.sentence_index)
        if k not in best or (c.date is not None, c.confidence) > (
            best[k].date is not None, best[k].confidence
        ):
            best[k] = c
    out = list(best.values())
    # An undated claim repeats a dated one about the same pair; nested milestone dates keep the
    # most precise.
    by_pair: dict[tuple[str, str, str], list[Claim]] = {}
    for c in out:
        by_pair.setdefault(_key(c), []).append(c)
    keep: list[Claim] = []
    for group in by_pair.values():
        have_date = [c for c in group if c.date is not None]
        for c in group:
            if c.date is None and have_date:
                continue
            if c.date is not None and predicate(c.predicate).kind is Kind.MILESTONE:
                cd = c.date
                finer = [o for o in have_date if o.date and o.date != cd and cd.contains(o.date)]
                if finer:
                    continue
            keep.append(c)
    keep.sort(key=lambda c: (c.sentence_index, c.predicate, c.subject, c.object))
    return keep


def _entities(doc: ents.Doc, claims: list[Claim]) -> list[Entity]:
    used = {c.subject for c in claims} | {c.object for c in claims}
    out: list[Entity] = []
    for info in sorted(doc.ents.values(), key=lambda i: i.first):
        if not (info.shown or info.id in used):
            continue
        aliases = tuple(plain_text(a) for a in dict.fromkeys(info.aliases)
                        if a != info.name and a.strip())
        name = info.name if info.type is not EntityType.PERSON else re.sub(r"\s+", " ", info.name)
        out.append(Entity(info.id, info.type, plain_text(name), aliases))
    return out
