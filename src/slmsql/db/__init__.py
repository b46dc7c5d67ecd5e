"""Database layer: read-only connections, the SQL policy, safe execution, schema and values."""

from slmsql.db.execute import ErrorClass, QueryResult, execute_sql
from slmsql.db.policy import PolicyVerdict, check_sql
from slmsql.db.pool import QueryJob, QueryPool, execute_many

__all__ = [
    "ErrorClass",
    "PolicyVerdict",
    "QueryJob",
    "QueryPool",
    "QueryResult",
    "check_sql",
    "execute_many",
    "execute_sql",
]
