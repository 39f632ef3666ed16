"""/articles: read an article with its claims, ingest one (POST), retract one (DELETE)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request, Response
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from pydantic import ValidationError

from api import schemas
from api.convert import Names, brief, date_text
from api.deps import StoreDep
from api.errors import ApiProblem
from api.schemas import problem_responses
from api.security import require_write_key
from graph.derive import canonical, relation_id, relation_key
from graph.errors import NotFound
from graph.model import ArticleRecord, Claim, WriteOutcome, WriteResult
from graph.store import GraphStore

router = APIRouter(prefix="/articles", tags=["articles"])

ArticleId = Annotated[str, Path(pattern=r"^[0-9a-f]{16}$", examples=["0a1b2c3d4e5f6a7b"],
                                description="sha256 of the normalized text, first 16 hex.")]
TEXT_SCHEMA = {"type": "string", "minLength": 1, "maxLength": 1_000_000,
               "example": "Islamabad, 23 October 2021: Pakistan and Kazakhstan ..."}


def _claim_out(c: Claim, names: Names) -> schemas.ClaimOut:
    return schemas.ClaimOut(
        id=c.id, relation_id=relation_id(relation_key(canonical(c))), predicate=c.predicate,
        subject=names.brief(c.subject), object=names.brief(c.object), date=date_text(c.date),
        date_source=c.date_source.value, sentence=c.sentence, sentence_index=c.sentence_index,
        char_start=c.char_start, char_end=c.char_end, rule=c.rule,
        confidence=min(max(c.confidence, 0.0), 1.0), extractor_version=c.extractor_version)


@router.get("/{article_id}", operation_id="get_article", response_model=schemas.ArticleOut,
            responses=problem_responses(404, 422, 503, 504))
def get_article(store: StoreDep, article_id: ArticleId) -> schemas.ArticleOut:
    found = store.get_article(article_id)
    if found is None:
        raise NotFound(f"no article {article_id}")
    article, claims = found
    names = Names(store)
    names.prefetch(e for c in claims for e in (c.subject, c.object))
    return schemas.ArticleOut(
        id=article.id, title=article.title, url=article.url, source=article.source,
        published=date_text(article.published), place=article.place, text=article.text,
        claims=[_claim_out(c, names) for c in claims])


def _parse_body(raw: bytes, content_type: str) -> schemas.ArticleIn:
    media = content_type.split(";", 1)[0].strip().lower()
    try:
        if media == "application/json" or media.endswith("+json"):
            return schemas.ArticleIn.model_validate_json(raw)
        if media == "text/plain":
            return schemas.ArticleIn(text=raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise ApiProblem(422, "the text/plain body is not UTF-8") from exc
    except ValidationError as exc:
        raise RequestValidationError(exc.errors(include_input=False)) from exc
    raise ApiProblem(415, "send application/json ({text, title?, url?, published?, source?}) "
                          "or text/plain")


def _ingest(store: GraphStore, body: schemas.ArticleIn) -> tuple[ArticleRecord, WriteResult]:
    from ingest.extract import extract_article  # api -> ingest only for this route

    record = extract_article(
        body.text, title=body.title, url=body.url, published=body.published,
        source=body.source)
    return record, store.write_articles([record])[0]


@router.post(
    "", operation_id="create_article", status_code=201, response_model=schemas.ArticleWriteOut,
    dependencies=[Depends(require_write_key)],
    responses={
        200: {"model": schemas.ArticleWriteOut,
              "description": "The same text is already there: nothing added."},
        **problem_responses(401, 403, 413, 415, 422, 503, 504),
    },
    openapi_extra={"requestBody": {"required": True, "content": {
        "application/json": {"schema": schemas.ArticleIn.model_json_schema()},
        "text/plain": {"schema": TEXT_SCHEMA},
    }}},
)
async def create_article(
    request: Request, response: Response, store: StoreDep
) -> schemas.ArticleWriteOut:
    """Ingest one article: extract its entities and claims and write them atomically. 201 with
    what it added; the same text again is 200 with nothing added; a changed text at the same
    URL replaces the old revision (201, outcome "replaced")."""
    body = _parse_body(await request.body(), request.headers.get("content-type", ""))
    record, result = await run_in_threadpool(_ingest, store, body)
    response.headers["Location"] = f"{request.url.path.rstrip('/')}/{result.article_id}"
    if result.outcome is WriteOutcome.UNCHANGED:
        response.status_code = 200
        return schemas.ArticleWriteOut(
            article_id=result.article_id, outcome="unchanged", claims=0, relations=0,
            entities=[], relation_ids=[])
    return schemas.ArticleWriteOut(
        article_id=result.article_id,
        outcome="added" if result.outcome is WriteOutcome.ADDED else "replaced",
        claims=result.claims, relations=result.relations,
        entities=[brief(e) for e in sorted({e.id: e for e in record.entities}.values(),
                                            key=lambda e: e.id)],
        relation_ids=sorted({relation_id(relation_key(canonical(c))) for c in record.claims}))


@router.delete(
    "/{article_id}", operation_id="delete_article", status_code=204, response_class=Response,
    dependencies=[Depends(require_write_key)],
    responses=problem_responses(401, 403, 404, 422, 503, 504),
)
def delete_article(store: StoreDep, article_id: ArticleId) -> Response:
    """Retract an article: its claims go, and the relations they supported are re-derived."""
    if not store.delete_article(article_id):
        raise NotFound(f"no article {article_id}")
    return Response(status_code=204)
