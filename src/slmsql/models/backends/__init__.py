"""Generation backends: llama.cpp, transformers, vLLM and OpenAI-compatible servers."""
