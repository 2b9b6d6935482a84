"""HTTP API: the native JSON API under ``/api`` and an OpenAI-compatible API under
``/v1``. Domain errors map to status codes here and nowhere else."""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from typing import Any, Literal

import secrets

from fastapi import APIRouter, Depends, FastAPI, File, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException
from fastapi.responses import JSONResponse, StreamingResponse
from pydantic import BaseModel, ConfigDict, Field
from starlette.concurrency import run_in_threadpool

from assistant.errors import (
    AssistantError,
    BackendError,
    FileTooLargeError,
    InputError,
    NotFoundError,
    StoreError,
)
from assistant.service import Assistant

STATUS = [(FileTooLargeError, 413), (InputError, 422), (NotFoundError, 404), (StoreError, 503), (BackendError, 502)]


class LimitError(InputError):
    """A request over a configured limit."""

    def __init__(self, message: str, status: int):
        super().__init__(message)
        self.status = status


# --- request bodies -------------------------------------------------------------------
class AskBody(BaseModel):
    model_config = ConfigDict(extra="forbid")
    question: str = Field(min_length=1)
    history: list[list[str]] = Field(default_factory=list)
    article_id: str | None = None
    speaker: str | None = None
    backend: str | None = None


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "user", "assistant", "tool", "developer"]
    content: str | list[dict[str, Any]] | None = None


class ChatBody(BaseModel):
    model_config = ConfigDict(extra="allow")
    model: str = "extractive"
    messages: list[ChatMessage] = Field(min_length=1)
    stream: bool = False


def _text(content: str | list[dict[str, Any]] | None) -> str:
    if isinstance(content, list):
        return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
    return content or ""


# --- app --------------------------------------------------------------------------------
def create_api(bot: Assistant, mcp: bool = True) -> FastAPI:
    settings = bot.settings
    mcp_server = None
    lifespan = None
    if mcp:
        try:
            from assistant.mcp_server import create_mcp

            mcp_server = create_mcp(bot)
        except ImportError:  # the mcp SDK is optional
            mcp_server = None
    if mcp_server is not None:
        import contextlib

        mcp_app = mcp_server.streamable_http_app(streamable_http_path="/", stateless_http=True, json_response=True)

        @contextlib.asynccontextmanager
        async def lifespan(app):
            async with mcp_server.session_manager.run():
                yield

    app = FastAPI(
        lifespan=lifespan,
        title="Article assistant",
        version="0.1.0",
        description="Answers grounded in news articles, with verbatim, attributed quotes.",
        docs_url="/docs",
        openapi_url="/openapi.json",
    )

    @app.exception_handler(AssistantError)
    async def _domain_error(request: Request, exc: AssistantError):
        status = getattr(exc, "status", None) or next((c for t, c in STATUS if isinstance(exc, t)), 500)
        return JSONResponse({"error": {"type": type(exc).__name__, "message": str(exc)}}, status_code=status)

    if settings.cors_origins:
        from fastapi.middleware.cors import CORSMiddleware

        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["*"],
                           allow_headers=["*"])

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(request: Request, exc: StarletteHTTPException):
        return JSONResponse({"error": {"type": "HTTPError", "message": str(exc.detail)}},
                            status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        problems = [f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()]
        return JSONResponse({"error": {"type": "ValidationError", "message": "; ".join(problems)}}, status_code=422)

    def require_key(request: Request) -> None:
        if settings.api_key is None:
            return
        auth = request.headers.get("authorization", "")
        if not secrets.compare_digest(auth, f"Bearer {settings.api_key.get_secret_value()}"):
            raise HTTPException(401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"})

    def check_limits(question: str, history: list) -> None:
        if len(question) > settings.max_question_chars:
            raise LimitError(f"question is {len(question)} characters; the limit is {settings.max_question_chars}", 422)
        if len(history) > settings.max_history_turns:
            raise LimitError(f"history has {len(history)} turns; the limit is {settings.max_history_turns}", 422)
        for turn in history:
            if not isinstance(turn, (list, tuple)) or not 1 <= len(turn) <= 2:
                raise LimitError("each history turn must be [user, assistant]", 422)

    native = APIRouter(prefix="/api", dependencies=[Depends(require_key)], tags=["native"])

    @native.get("/health")
    async def health():
        ids = await run_in_threadpool(bot.store.visible_ids)
        return {"status": "ok", "articles": len(ids), "store": settings.mode,
                "backends": await run_in_threadpool(bot.backends)}

    @native.post("/ask")
    async def ask(body: AskBody, stream: bool = Query(False)):
        check_limits(body.question, body.history)
        opts = {k: v for k, v in {"article_id": body.article_id, "speaker": body.speaker,
                                  "backend": body.backend}.items() if v}
        if stream:
            return StreamingResponse(_sse(bot, body.question, body.history, opts), media_type="text/event-stream")
        answer = await run_in_threadpool(bot.ask, body.question, body.history, **opts)
        return answer.to_dict()

    @native.get("/articles")
    async def articles():
        return await run_in_threadpool(bot.store.list_articles)

    @native.post("/articles", status_code=201)
    async def upload(file: UploadFile = File(...)):
        from assistant.indexing import ingest_upload

        limit = settings.max_upload_bytes
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise LimitError(f"{file.filename}: upload is over the limit of {limit:,} bytes", 413)
        report = await run_in_threadpool(ingest_upload, bot.store, settings, data, file.filename or "upload.txt")
        return report.to_dict()

    @native.post("/eval")
    async def evaluate(file: UploadFile = File(...), backend: str | None = Query(None)):
        """Run a test set (native, RAGAS, DeepEval or promptfoo file); returns the run:
        summary, per-case results with reasons and evidence offsets."""
        import tempfile
        from pathlib import Path

        from assistant.evaluation import dataset, runner

        limit = settings.max_upload_bytes
        data = await file.read(limit + 1)
        if len(data) > limit:
            raise LimitError(f"{file.filename}: upload is over the limit of {limit:,} bytes", 413)
        name = Path(file.filename or "testset.jsonl").name
        with tempfile.TemporaryDirectory() as tmp:
            path = Path(tmp) / name
            path.write_bytes(data)
            cases, fmt = dataset.load(path)
        return await run_in_threadpool(runner.run, bot, cases, backend, 1, name, fmt)

    @native.get("/quotes")
    async def quotes(article_id: str | None = None, speaker: str | None = None):
        from assistant.listing import quote_rows

        items = await run_in_threadpool(_items, bot, article_id)
        return quote_rows(items, speaker)

    @native.get("/speakers")
    async def speakers(article_id: str | None = None):
        items = await run_in_threadpool(_items, bot, article_id)
        return [s.to_dict() for item in items for s in item.speakers]

    openai = APIRouter(prefix="/v1", dependencies=[Depends(require_key)], tags=["openai"])

    @openai.get("/models")
    async def models():
        usable = [b for b in await run_in_threadpool(bot.backends) if b["available"]]
        return {"object": "list", "data": [{"id": b["name"], "object": "model", "created": 0,
                                            "owned_by": "article-assistant"} for b in usable]}

    @openai.post("/chat/completions")
    async def chat(body: ChatBody):
        turns = [(m.role, _text(m.content)) for m in body.messages if m.role in {"user", "assistant"}]
        if not turns or turns[-1][0] != "user":
            raise InputError("the last message must come from the user")
        question = turns[-1][1]
        history: list[list[str]] = []
        pending: str | None = None
        for role, text in turns[:-1]:
            if role == "user":
                if pending is not None:
                    history.append([pending, ""])
                pending = text
            else:
                history.append([pending or "", text])
                pending = None
        if pending is not None:
            history.append([pending, ""])
        check_limits(question, history)
        backend = body.model if body.model in {"extractive", "openai", "local"} else None
        opts = {"backend": backend} if backend else {}
        cid = "chatcmpl-" + uuid.uuid4().hex[:24]
        created = int(time.time())
        if body.stream:
            return StreamingResponse(_openai_sse(bot, question, history, opts, cid, created, body.model),
                                     media_type="text/event-stream")
        answer = await run_in_threadpool(bot.ask, question, history, **opts)
        d = answer.to_dict()
        return {
            "id": cid, "object": "chat.completion", "created": created, "model": answer.backend,
            "choices": [{"index": 0, "message": {"role": "assistant", "content": answer.answer},
                         "finish_reason": "stop"}],
            "usage": {"prompt_tokens": len(question.split()), "completion_tokens": len(answer.answer.split()),
                      "total_tokens": len(question.split()) + len(answer.answer.split())},
            "citations": d["citations"], "refused": answer.refused, "notice": answer.notice,
        }

    app.include_router(native)
    app.include_router(openai)
    if mcp_server is not None:
        if settings.api_key is not None:
            mcp_app = _BearerGuard(mcp_app, settings.api_key.get_secret_value())
        app.mount("/mcp", mcp_app)
    return app


class _BearerGuard:
    """ASGI wrapper: require the API key as a bearer token (for the mounted MCP app)."""

    def __init__(self, app, key: str):
        self.app, self.key = app, key

    async def __call__(self, scope, receive, send):
        if scope["type"] == "http":
            headers = dict(scope.get("headers") or [])
            if not secrets.compare_digest(headers.get(b"authorization", b""), f"Bearer {self.key}".encode()):
                response = JSONResponse({"error": {"type": "HTTPError", "message": "a valid bearer token is required"}},
                                        status_code=401, headers={"WWW-Authenticate": "Bearer"})
                await response(scope, receive, send)
                return
        await self.app(scope, receive, send)


def _items(bot: Assistant, article_id: str | None):
    return [bot.store.get_article(article_id)] if article_id else bot.store.all_articles()


async def _events(bot: Assistant, question: str, history, opts):
    """The verified answer in pieces, computed off the event loop."""
    try:
        events = await run_in_threadpool(lambda: list(bot.stream(question, history, **opts)))
    except AssistantError as exc:
        yield {"type": "error", "error": {"type": type(exc).__name__, "message": str(exc)}}
        return
    for e in events:
        yield e
        await asyncio.sleep(0)


async def _sse(bot: Assistant, question: str, history, opts):
    async for e in _events(bot, question, history, opts):
        if e["type"] == "token":
            yield f"event: token\ndata: {json.dumps({'text': e['text']}, ensure_ascii=False)}\n\n"
        elif e["type"] == "answer":
            yield f"event: answer\ndata: {json.dumps(e['answer'].to_dict(), ensure_ascii=False)}\n\n"
        else:
            yield f"event: error\ndata: {json.dumps(e['error'], ensure_ascii=False)}\n\n"
    yield "event: done\ndata: {}\n\n"


async def _openai_sse(bot: Assistant, question: str, history, opts, cid: str, created: int, model: str):
    def chunk(delta: dict, finish: str | None = None, **extra) -> str:
        body = {"id": cid, "object": "chat.completion.chunk", "created": created, "model": model,
                "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    async for e in _events(bot, question, history, opts):
        if e["type"] == "token":
            yield chunk({"content": e["text"]})
        elif e["type"] == "answer":
            d = e["answer"].to_dict()
            yield chunk({}, "stop", citations=d["citations"], refused=d["refused"], notice=d["notice"])
        else:
            yield chunk({"content": f"Error: {e['error']['message']}"}, "stop")
    yield "data: [DONE]\n\n"
