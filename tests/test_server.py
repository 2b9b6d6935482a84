"""The server over real HTTP on 127.0.0.1: the official openai client, gradio_client,
raw HTTP for errors, limits and auth."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

import httpx
import pytest

from support import ROOT, free_port

KEY = "test-secret-key"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    port = free_port()
    data = tmp_path_factory.mktemp("server")
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(data), "ASSISTANT_API_KEY": KEY,
           "ASSISTANT_MAX_QUESTION_CHARS": "300", "ASSISTANT_MAX_HISTORY_TURNS": "3",
           "ASSISTANT_MAX_UPLOAD_BYTES": "20000", "ASSISTANT_PORT": str(port)}
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    deadline = time.time() + 180
    while True:
        try:
            if httpx.get(base + "/api/health", headers={"Authorization": f"Bearer {KEY}"}, timeout=2).status_code == 200:
                break
        except httpx.HTTPError:
            pass
        if proc.poll() is not None or time.time() > deadline:
            out = proc.stdout.read() if proc.poll() is not None else ""
            proc.kill()
            raise RuntimeError("server did not start:\n" + out)
        time.sleep(0.5)
    yield base
    proc.terminate()
    proc.wait(timeout=30)


def auth():
    return {"Authorization": f"Bearer {KEY}"}


def test_health_and_articles(server):
    h = httpx.get(server + "/api/health", headers=auth()).json()
    assert h["status"] == "ok" and h["articles"] == 1
    [a] = httpx.get(server + "/api/articles", headers=auth()).json()
    assert a["title"].startswith("Allies ready to deploy troops")


def test_native_ask(server):
    r = httpx.post(server + "/api/ask", json={"question": "What did Ben Hodges say?"}, headers=auth(), timeout=60)
    assert r.status_code == 200
    d = r.json()
    assert not d["refused"]
    assert {c["speaker"] for c in d["citations"] if c["kind"] == "quote"} == {"Ben Hodges"}
    assert "[1]" in d["answer"]


def test_native_ask_stream(server):
    with httpx.stream("POST", server + "/api/ask?stream=true", json={"question": "Who is Ed Arnold?"},
                      headers=auth(), timeout=60) as r:
        assert r.status_code == 200 and r.headers["content-type"].startswith("text/event-stream")
        events = []
        event = None
        for line in r.iter_lines():
            if line.startswith("event: "):
                event = line[7:]
            elif line.startswith("data: "):
                events.append((event, json.loads(line[6:])))
    kinds = [e for e, _ in events]
    assert kinds.count("token") > 1 and kinds[-2:] == ["answer", "done"]
    answer = events[-2][1]
    assert "".join(d["text"] for e, d in events if e == "token").strip() == answer["answer"]
    assert answer["citations"]


def test_quotes_and_speakers(server):
    rows = httpx.get(server + "/api/quotes", params={"speaker": "Hodges"}, headers=auth()).json()
    assert [r["text"] for r in rows] == ["zero credibility", "That will not impress the Russians at all,"]
    people = httpx.get(server + "/api/speakers", headers=auth()).json()
    assert any(p["name"] == "François Heisbourg" and p["quote_count"] == 5 for p in people)


def test_openai_client_non_streaming(server):
    from openai import OpenAI

    client = OpenAI(base_url=server + "/v1", api_key=KEY)
    models = [m.id for m in client.models.list()]
    assert "extractive" in models
    out = client.chat.completions.create(model="extractive", messages=[
        {"role": "user", "content": "What did Ben Hodges say?"},
    ])
    msg = out.choices[0].message.content
    assert "[1]" in msg
    citations = out.model_extra["citations"]
    assert citations and citations[0]["speaker"] == "Ben Hodges"


def test_openai_client_streaming_with_history(server):
    from openai import OpenAI

    client = OpenAI(base_url=server + "/v1", api_key=KEY)
    stream = client.chat.completions.create(model="extractive", stream=True, messages=[
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "What did Ed Arnold say about Trump's commitments?"},
        {"role": "assistant", "content": "He said there is “absolutely no guarantee” [1]."},
        {"role": "user", "content": "What else did he say?"},
    ])
    text, last = "", None
    for chunk in stream:
        text += chunk.choices[0].delta.content or ""
        last = chunk
    assert text.strip()
    assert last.choices[0].finish_reason == "stop"
    citations = last.model_extra["citations"]
    assert {c["speaker"] for c in citations if c["kind"] == "quote"} == {"Ed Arnold"}


def test_auth_required(server):
    assert httpx.post(server + "/api/ask", json={"question": "Who is Ed Arnold?"}).status_code == 401
    r = httpx.get(server + "/v1/models", headers={"Authorization": "Bearer wrong"})
    assert r.status_code == 401 and r.json()["error"]["message"] == "a valid bearer token is required"
    assert r.headers["www-authenticate"] == "Bearer"


def test_limits_and_bad_requests(server):
    r = httpx.post(server + "/api/ask", json={"question": "x" * 301}, headers=auth())
    assert r.status_code == 422 and "limit is 300" in r.json()["error"]["message"]
    r = httpx.post(server + "/api/ask", json={"question": "Hi?", "history": [["a", "b"]] * 4}, headers=auth())
    assert r.status_code == 422 and "history has 4 turns" in r.json()["error"]["message"]
    r = httpx.post(server + "/api/ask", json={"question": ""}, headers=auth())
    assert r.status_code == 422
    r = httpx.post(server + "/api/ask", json={"question": "Who?", "unknown": 1}, headers=auth())
    assert r.status_code == 422
    r = httpx.post(server + "/api/ask", json={"question": "Who is Ed Arnold?", "article_id": "nope"}, headers=auth())
    assert r.status_code == 404
    r = httpx.post(server + "/v1/chat/completions", json={"model": "extractive", "messages": []}, headers=auth())
    assert r.status_code == 422


def test_uploads(server):
    before = httpx.get(server + "/api/articles", headers=auth()).json()
    big = b"# Big\n\n" + b"word " * 5000
    r = httpx.post(server + "/api/articles", files={"file": ("big.md", big)}, headers=auth())
    assert r.status_code == 413 and "big.md" in r.json()["error"]["message"]
    r = httpx.post(server + "/api/articles", files={"file": ("empty.md", b"")}, headers=auth())
    assert r.status_code == 422 and "empty" in r.json()["error"]["message"]
    r = httpx.post(server + "/api/articles", files={"file": ("x.pdf", b"%PDF-1.4")}, headers=auth())
    assert r.status_code == 422 and "unsupported file type" in r.json()["error"]["message"]
    r = httpx.post(server + "/api/articles", files={"file": ("bin.txt", b"\x00\x01" * 50)}, headers=auth())
    assert r.status_code == 422 and "binary" in r.json()["error"]["message"]
    assert httpx.get(server + "/api/articles", headers=auth()).json() == before
    good = '# Mayor backs plan\n\n"We will build it," said Mayor Jane Okoro, who leads the city.\n'.encode()
    r = httpx.post(server + "/api/articles", files={"file": ("mayor.md", good)}, headers=auth())
    assert r.status_code == 201 and r.json()["quotes"] == 1
    rows = httpx.get(server + "/api/quotes", params={"article_id": r.json()["id"]}, headers=auth()).json()
    assert rows[0]["speaker"] == "Jane Okoro"


def test_openapi_docs(server):
    spec = httpx.get(server + "/openapi.json").json()
    assert "/api/ask" in spec["paths"] and "/v1/chat/completions" in spec["paths"]
    assert httpx.get(server + "/docs").status_code == 200


def test_gradio_client(server):
    from gradio_client import Client

    client = Client(server + "/", verbose=False)
    out = client.predict("Who is Ben Hodges?", "", "", api_name="/ask")
    assert "former commanding general" in out["answer"]


def _rpc(server, method, params, n):
    r = httpx.post(server + "/mcp/", json={"jsonrpc": "2.0", "id": n, "method": method, "params": params},
                   headers={**auth(), "Accept": "application/json, text/event-stream",
                            "MCP-Protocol-Version": "2025-06-18"}, timeout=60)
    assert r.status_code == 200, r.text
    return r.json()


def test_mcp_tools(server):
    init = _rpc(server, "initialize", {"protocolVersion": "2025-06-18", "capabilities": {},
                                       "clientInfo": {"name": "test", "version": "1"}}, 1)
    assert init["result"]["serverInfo"]["name"] == "article-assistant"
    tools = {t["name"] for t in _rpc(server, "tools/list", {}, 2)["result"]["tools"]}
    assert tools == {"ask", "quotes", "speakers"}
    out = _rpc(server, "tools/call", {"name": "quotes", "arguments": {"speaker": "Hodges"}}, 3)["result"]
    text = json.dumps(out)
    assert "zero credibility" in text and "Ben Hodges" in text
    out = _rpc(server, "tools/call", {"name": "ask", "arguments": {"question": "Who is Ed Arnold?"}}, 4)["result"]
    assert "Royal United Services Institute" in json.dumps(out)
    assert httpx.post(server + "/mcp/", json={}).status_code == 401


def test_api_eval(server):
    lines = (ROOT / "tests/data/testsets/default_article.jsonl").read_text().splitlines()[:5]
    r = httpx.post(server + "/api/eval", files={"file": ("set.jsonl", "\n".join(lines).encode())}, headers=auth(), timeout=120)
    assert r.status_code == 200, r.text
    d = r.json()
    assert d["cases"] == 5 and "pass_rate" in d["summary"] and len(d["results"]) == 5
    r = httpx.post(server + "/api/eval", files={"file": ("bad.jsonl", b'{"question": 1}\n')}, headers=auth())
    assert r.status_code == 422 and "line 1: field 'question'" in r.json()["error"]["message"]


def test_cors_and_ui_login(tmp_path):
    """CORS is off unless origins are configured; the UI can require a login."""
    port = free_port()
    env = {**os.environ, "ASSISTANT_DATA_DIR": str(tmp_path), "ASSISTANT_PORT": str(port),
           "ASSISTANT_CORS_ORIGINS": "http://allowed.example", "ASSISTANT_UI_USERNAME": "reader",
           "ASSISTANT_UI_PASSWORD": "s3cret"}
    proc = subprocess.Popen([sys.executable, "app.py"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 180
        while True:
            try:
                if httpx.get(base + "/api/health", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert proc.poll() is None and time.time() < deadline, "server did not start"
            time.sleep(0.5)
        pre = {"Origin": "http://allowed.example", "Access-Control-Request-Method": "POST",
               "Access-Control-Request-Headers": "content-type"}
        r = httpx.options(base + "/api/ask", headers=pre)
        assert r.headers.get("access-control-allow-origin") == "http://allowed.example"
        r = httpx.options(base + "/api/ask", headers={**pre, "Origin": "http://evil.example"})
        assert r.headers.get("access-control-allow-origin") != "http://evil.example"
        # the web chat asks for a login; the API (no key configured) does not
        assert httpx.get(base + "/config").status_code == 401
        with httpx.Client(base_url=base) as c:
            assert c.post("/login", data={"username": "reader", "password": "wrong"}).status_code == 400
            assert c.post("/login", data={"username": "reader", "password": "s3cret"}).status_code == 200
            assert c.get("/config").status_code == 200
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def test_no_cors_headers_by_default(server):
    r = httpx.options(server + "/api/ask", headers={"Origin": "http://any.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers
