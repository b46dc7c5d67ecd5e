"""Serving: the HTTP API with its web page (`slmsql serve`) and the MCP server (`slmsql mcp`)."""
