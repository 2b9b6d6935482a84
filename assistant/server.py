"""One server: the Gradio UI at ``/``, the native API under ``/api``, the
OpenAI-compatible API under ``/v1`` and OpenAPI docs at ``/docs``."""

from __future__ import annotations

import sys
import time

from assistant.settings import Settings


def log(message: str) -> None:
    print(f"[assistant] {message}", file=sys.stderr, flush=True)


def build_app(settings: Settings | None = None, bot=None, prepare: bool = True):
    """The ASGI app. With ``prepare``, ingest the default articles when the index is
    empty and load the models before serving."""
    from assistant.runtime import configure_environment

    settings = settings or Settings()
    configure_environment(settings)
    t0 = time.perf_counter()
    log("loading libraries…")
    import gradio as gr

    from assistant.api import create_api
    from assistant.service import Assistant
    from assistant.ui import CSS, create_ui

    bot = bot or Assistant(settings)
    if prepare:
        log(f"opening the {settings.mode} Chroma store…")
        if not bot.store.visible_ids():
            from assistant.indexing import ingest_paths

            log(f"the index is empty: ingesting {settings.default_articles}…")
            for r in ingest_paths(bot.store, settings, [settings.default_articles]):
                log(f"  {r.status}: {r.source}" + (f" ({r.error})" if r.error else ""))
        log("loading the embedding model…")
        bot.warm()
    api = create_api(bot)
    demo = create_ui(bot)
    auth = None
    if settings.ui_username and settings.ui_password:
        auth = (settings.ui_username, settings.ui_password.get_secret_value())
    app = gr.mount_gradio_app(api, demo, path="/", auth=auth, css=CSS, show_error=False,
                              max_file_size=settings.max_upload_bytes, ssr_mode=False)
    log(f"ready in {time.perf_counter() - t0:.1f} s")
    return app


def serve(settings: Settings | None = None) -> None:
    import uvicorn

    settings = settings or Settings()
    app = build_app(settings)
    host = settings.host
    shown = "127.0.0.1" if host in {"0.0.0.0", "::"} else host
    log(f"open http://{shown}:{settings.port}/  (API: /api, OpenAI-compatible: /v1, docs: /docs)")
    uvicorn.run(app, host=host, port=settings.port, log_level="warning")
