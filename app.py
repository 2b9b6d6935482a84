"""Run the assistant: web chat at http://127.0.0.1:7860/, native API at /api,
OpenAI-compatible API at /v1. Settings come from ASSISTANT_* environment variables."""

from assistant.server import serve

if __name__ == "__main__":
    serve()
