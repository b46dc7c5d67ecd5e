"""Settings of `slmsql serve` and `slmsql mcp`: where they listen, what they serve, their limits."""

from __future__ import annotations

from dataclasses import dataclass

from slmsql.settings import Settings, setting

# Environment variable of the serving API key (SLMSQL_API_KEY is the *model server's* key).
SERVER_KEY_ENV = "SLMSQL_SERVER_KEY"


@dataclass(frozen=True)
class ServerSettings(Settings):
    """One server process: the model is loaded once and shared by every request."""

    concern = "server"

    host: str = setting("127.0.0.1", "Address to listen on (loopback by default).")
    port: int = setting(8000, "TCP port to listen on (0: any free port).", minimum=0, maximum=65_535)
    databases: str | None = setting(
        None,
        "Databases served, 'NAME=PATH' separated by commas (also --db NAME=PATH, repeatable); "
        "default: the bundled demo database.",
    )
    max_concurrent: int = setting(
        1,
        "Questions generated at once (1 for a CPU backend; more against an OpenAI-compatible server).",
        minimum=1,
        maximum=256,
    )
    queue_size: int = setting(
        16, "Questions that may wait for generation; more are answered 503.", minimum=0, maximum=10_000
    )
    deadline_s: float = setting(
        300.0, "Seconds a question may take, queue wait included (504 after).", minimum=0.1, maximum=86_400
    )
    max_body_bytes: int = setting(
        65_536, "Largest request body accepted (413 beyond).", minimum=256, maximum=16_777_216
    )
    max_question_chars: int = setting(
        2_000, "Longest question (and evidence) accepted.", minimum=1, maximum=1_000_000
    )
    max_sql_chars: int = setting(20_000, "Longest SQL accepted by /v1/sql.", minimum=1, maximum=1_000_000)
    sql_max_rows: int = setting(1_000, "Rows returned by /v1/sql at most.", minimum=1, maximum=1_000_000)
    sql_timeout_s: float = setting(10.0, "Seconds a /v1/sql query may run.", minimum=0.001, maximum=3_600)
    cors_origins: str | None = setting(
        None, "Origins allowed by CORS, separated by commas ('*' for any); off when unset."
    )
    server_key: str | None = setting(
        None,
        "API key clients must send (Authorization: Bearer KEY or X-API-Key); none when unset.",
        env=SERVER_KEY_ENV,
        secret=True,
    )

    def origins(self) -> list[str]:
        return [o.strip() for o in (self.cors_origins or "").split(",") if o.strip()]
