"""MCP: the assistant's ask, quotes and speakers as tools for assistants that speak the
Model Context Protocol, served at ``/mcp`` (streamable HTTP) by the same server.

Built with the ``mcp`` SDK rather than ``gradio[mcp]``, whose pins conflict with the
rest of the stack (see docs in README)."""

from __future__ import annotations

from typing import Any

from assistant.service import Assistant


def create_mcp(bot: Assistant):
    from mcp.server.mcpserver import MCPServer

    server = MCPServer(
        "article-assistant",
        instructions="Answers questions about ingested news articles with verbatim, attributed quotes.",
    )

    @server.tool(description="Ask a question about the article. Returns the answer with [n] markers and "
                             "citations (verbatim quotes with speaker, or passages), or refused=true.")
    def ask(question: str, article_id: str = "", speaker: str = "") -> dict[str, Any]:
        return bot.ask(question, [], article_id=article_id or None, speaker=speaker or None).to_dict()

    @server.tool(description="List direct quotations with speaker, description and character offsets.")
    def quotes(article_id: str = "", speaker: str = "") -> list[dict[str, Any]]:
        from assistant.listing import quote_rows

        items = [bot.store.get_article(article_id)] if article_id else bot.store.all_articles()
        return quote_rows(items, speaker or None)

    @server.tool(description="List the people in the article with descriptions and quote counts.")
    def speakers(article_id: str = "") -> list[dict[str, Any]]:
        items = [bot.store.get_article(article_id)] if article_id else bot.store.all_articles()
        return [s.to_dict() for item in items for s in item.speakers]

    return server
