"""A scripted OpenAI-compatible chat server on 127.0.0.1, standing in for the remote
LLM (the only thing the tests fake: it lies beyond the network edge).

``server.enqueue(text)`` queues the next reply; ``server.enqueue(status=500)`` an error;
``server.enqueue(delay=5)`` a slow reply. Requests are recorded in ``server.requests``."""

from __future__ import annotations

import json
import threading
import time
from collections import deque

import uvicorn
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse, StreamingResponse

from support import free_port


class FakeOpenAI:
    def __init__(self):
        self.replies: deque = deque()
        self.requests: list[dict] = []
        self.port = free_port()
        app = FastAPI()

        @app.post("/v1/chat/completions")
        async def chat(request: Request):
            body = await request.json()
            self.requests.append(body)
            reply = self.replies.popleft() if self.replies else {"text": "NOT_IN_ARTICLE"}
            if reply.get("delay"):
                time.sleep(reply["delay"])
            if reply.get("status"):
                return JSONResponse({"error": {"message": "scripted failure"}}, status_code=reply["status"])
            text = reply.get("text", "")
            if body.get("stream"):
                def events():
                    for i in range(0, len(text), 12):
                        chunk = {"id": "c1", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                                 "choices": [{"index": 0, "delta": {"content": text[i:i + 12]}, "finish_reason": None}]}
                        yield f"data: {json.dumps(chunk)}\n\n"
                    yield "data: [DONE]\n\n"
                return StreamingResponse(events(), media_type="text/event-stream")
            return {
                "id": "c1", "object": "chat.completion", "created": 0, "model": body["model"],
                "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
                "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
            }

        self.server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=self.port, log_level="error"))
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def enqueue(self, text: str = "", status: int | None = None, delay: float = 0.0) -> None:
        self.replies.append({"text": text, "status": status, "delay": delay})

    def start(self) -> FakeOpenAI:
        self.thread.start()
        deadline = time.time() + 20
        while not self.server.started:
            if time.time() > deadline:
                raise RuntimeError("fake OpenAI server did not start")
            time.sleep(0.05)
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
