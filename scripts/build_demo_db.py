"""Build the bundled demo database (a small online shop) at src/slmsql/assets/demo.sqlite.

Deterministic: the same script always writes the same rows. Run: python scripts/build_demo_db.py
"""

from __future__ import annotations

import datetime as dt
import random
import sqlite3
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "src" / "slmsql" / "assets" / "demo.sqlite"

FIRST = [
    "Ada",
    "Ben",
    "Chloe",
    "Dev",
    "Elena",
    "Farid",
    "Grace",
    "Hugo",
    "Ines",
    "Jonas",
    "Kemi",
    "Liam",
    "Mei",
    "Nora",
    "Omar",
    "Priya",
    "Quinn",
    "Rosa",
    "Sami",
    "Tara",
    "Uma",
    "Victor",
    "Wen",
    "Yara",
]
LAST = [
    "Okafor",
    "Schmidt",
    "Rossi",
    "Tanaka",
    "Silva",
    "Novak",
    "Dubois",
    "Larsen",
    "Kaur",
    "Moreau",
    "Haddad",
    "Kowalski",
    "Nguyen",
    "Garcia",
    "Berg",
    "Ahmed",
]
CITIES = [
    ("London", "United Kingdom"),
    ("Manchester", "United Kingdom"),
    ("Paris", "France"),
    ("Lyon", "France"),
    ("Berlin", "Germany"),
    ("Munich", "Germany"),
    ("Madrid", "Spain"),
    ("Lisbon", "Portugal"),
    ("Rome", "Italy"),
    ("Amsterdam", "Netherlands"),
]
PRODUCTS = {
    "Books": [
        ("The Pragmatic Programmer", 39.5),
        ("Designing Data-Intensive Applications", 45.0),
        ("SQL Antipatterns", 32.0),
        ("Clean Code", 35.0),
        ("The Art of SQL", 41.0),
        ("Database Internals", 48.0),
    ],
    "Electronics": [
        ("Wireless Mouse", 24.99),
        ("Mechanical Keyboard", 89.0),
        ("USB-C Hub", 34.5),
        ("27-inch Monitor", 229.0),
        ("Noise-Cancelling Headphones", 199.0),
        ("Webcam HD", 59.9),
        ("Portable SSD 1TB", 109.0),
    ],
    "Home": [
        ("Desk Lamp", 29.0),
        ("Ergonomic Chair", 249.0),
        ("Standing Desk", 399.0),
        ("Coffee Grinder", 49.0),
        ("French Press", 27.5),
        ("Plant Pot Set", 19.9),
    ],
    "Clothing": [
        ("Hoodie", 45.0),
        ("Rain Jacket", 89.0),
        ("Running Shoes", 119.0),
        ("Wool Socks", 12.5),
        ("Baseball Cap", 18.0),
    ],
    "Toys": [
        ("Puzzle 1000 Pieces", 22.0),
        ("Building Blocks Set", 59.0),
        ("Board Game Classic", 34.0),
        ("Kite", 16.0),
    ],
}
STATUSES = ["delivered"] * 8 + ["shipped", "cancelled"]

SCHEMA = """
CREATE TABLE customers (
    customer_id INTEGER PRIMARY KEY,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    city TEXT NOT NULL,
    country TEXT NOT NULL,
    signup_date TEXT NOT NULL
);
CREATE TABLE products (
    product_id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    category TEXT NOT NULL,
    unit_price REAL NOT NULL
);
CREATE TABLE orders (
    order_id INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers (customer_id),
    order_date TEXT NOT NULL,
    status TEXT NOT NULL
);
CREATE TABLE order_items (
    order_item_id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES orders (order_id),
    product_id INTEGER NOT NULL REFERENCES products (product_id),
    quantity INTEGER NOT NULL,
    unit_price REAL NOT NULL
);
"""


def build(path: Path = OUT) -> Path:
    rng = random.Random(7)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    conn = sqlite3.connect(tmp)
    conn.executescript(SCHEMA)
    customers = []
    for cid in range(1, 61):
        first, last = rng.choice(FIRST), rng.choice(LAST)
        city, country = rng.choice(CITIES)
        signup = dt.date(2022, 1, 1) + dt.timedelta(days=rng.randrange(900))
        email = f"{first.lower()}.{last.lower()}{cid}@example.com"
        customers.append((cid, first, last, email, city, country, signup.isoformat()))
    conn.executemany("INSERT INTO customers VALUES (?, ?, ?, ?, ?, ?, ?)", customers)
    products = []
    for category, items in PRODUCTS.items():
        for name, price in items:
            products.append((len(products) + 1, name, category, price))
    conn.executemany("INSERT INTO products VALUES (?, ?, ?, ?)", products)
    orders, items = [], []
    for oid in range(1, 301):
        customer = rng.choice(customers)
        start = dt.date.fromisoformat(customer[6])
        day = start + dt.timedelta(days=rng.randrange(1, 400))
        orders.append((oid, customer[0], day.isoformat(), rng.choice(STATUSES)))
        for product in rng.sample(products, rng.randint(1, 4)):
            items.append((len(items) + 1, oid, product[0], rng.randint(1, 3), product[3]))
    conn.executemany("INSERT INTO orders VALUES (?, ?, ?, ?)", orders)
    conn.executemany("INSERT INTO order_items VALUES (?, ?, ?, ?, ?)", items)
    conn.commit()
    conn.execute("VACUUM")
    conn.close()
    tmp.replace(path)
    return path


if __name__ == "__main__":
    out = build()
    print(f"wrote {out} ({out.stat().st_size} bytes)")
