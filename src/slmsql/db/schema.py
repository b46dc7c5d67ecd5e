"""The schema of a database as plain data, shared by introspection, rendering and prompts."""

from __future__ import annotations

from dataclasses import dataclass, field, replace


@dataclass(frozen=True)
class Column:
    name: str
    type: str = ""
    description: str = ""  # from tables.json / BIRD description CSVs; empty when unknown
    examples: tuple[str, ...] = ()  # example values, question-matched first
    generated: bool = False  # GENERATED ALWAYS AS (...): readable, computed from other columns


@dataclass(frozen=True)
class ForeignKey:
    column: str
    ref_table: str
    ref_column: str


@dataclass(frozen=True)
class Table:
    name: str
    columns: tuple[Column, ...]
    primary_key: tuple[str, ...] = ()
    foreign_keys: tuple[ForeignKey, ...] = ()
    description: str = ""

    def column(self, name: str) -> Column | None:
        lowered = name.lower()
        return next((c for c in self.columns if c.name.lower() == lowered), None)


@dataclass(frozen=True)
class Schema:
    db_id: str
    tables: tuple[Table, ...]
    extra: dict = field(default_factory=dict, compare=False)

    def table(self, name: str) -> Table | None:
        lowered = name.lower()
        return next((t for t in self.tables if t.name.lower() == lowered), None)

    def pruned(self, keep: dict[str, set[str]]) -> Schema:
        """Only the tables named in ``keep`` (case-insensitive), each with the columns named there
        plus its key columns (primary key and both ends of foreign keys between kept tables)."""
        wanted = {t.lower(): {c.lower() for c in cols} for t, cols in keep.items()}
        tables = []
        for table in self.tables:
            cols = wanted.get(table.name.lower())
            if cols is None:
                continue
            fks = tuple(fk for fk in table.foreign_keys if fk.ref_table.lower() in wanted)
            keys = {c.lower() for c in table.primary_key} | {fk.column.lower() for fk in fks}
            for other in self.tables:  # columns other kept tables point at
                if other.name.lower() in wanted:
                    keys |= {
                        fk.ref_column.lower()
                        for fk in other.foreign_keys
                        if fk.ref_table.lower() == table.name.lower()
                    }
            columns = tuple(c for c in table.columns if c.name.lower() in cols | keys)
            tables.append(replace(table, columns=columns, foreign_keys=fks))
        return replace(self, tables=tuple(tables))
