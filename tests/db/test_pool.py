import subprocess
import sys
import time

import pytest

from slmsql.db.execute import ErrorClass
from slmsql.db.pool import QueryJob, QueryPool, execute_many

FOREVER = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c"


def test_results_come_back_in_job_order_and_failures_do_not_stop_the_batch(shop_db, tmp_path):
    jobs = [
        QueryJob(str(shop_db), "SELECT count(*) FROM customer"),
        QueryJob(str(shop_db), "SELECT nope FROM customer"),
        QueryJob(str(tmp_path / "missing.sqlite"), "SELECT 1"),
        QueryJob(str(shop_db), FOREVER),
        QueryJob(str(shop_db), "SELECT count(*) FROM orders"),
    ]
    seen = []
    results = execute_many(jobs, workers=2, timeout_s=0.5, on_result=lambda i, r: seen.append(i))
    assert [r.error for r in results] == [
        None,
        ErrorClass.NO_SUCH_COLUMN,
        ErrorClass.DATABASE,
        ErrorClass.TIMEOUT,
        None,
    ]
    assert results[0].rows == ((3,),) and results[4].rows == ((4,),)
    assert sorted(seen) == list(range(5))


def test_a_stuck_worker_is_killed_and_replaced(shop_db, monkeypatch):
    # Disable the in-SQLite deadline so that only the pool's watchdog can stop the query.
    import slmsql.db.execute as execute

    monkeypatch.setattr(execute, "_PROGRESS_STEPS", 0)  # 0 turns the progress handler off
    with QueryPool(workers=1, timeout_s=0.3, grace_s=0.5) as pool:
        started = time.monotonic()
        stuck, after = pool.run([QueryJob(str(shop_db), FOREVER), QueryJob(str(shop_db), "SELECT 1")])
        assert stuck.error is ErrorClass.TIMEOUT
        assert after.rows == ((1,),)
        assert time.monotonic() - started < 5


def test_in_process_mode(shop_db):
    with QueryPool(workers=0, timeout_s=0.3) as pool:
        results = pool.run([QueryJob(str(shop_db), "SELECT 1"), QueryJob(str(shop_db), FOREVER)])
    assert results[0].rows == ((1,),)
    assert results[1].error is ErrorClass.TIMEOUT


THREADS_SHARING_A_POOL = """
import sys, threading
from slmsql.db.pool import QueryJob, QueryPool
pool = QueryPool(0)
jobs = [QueryJob(sys.argv[1], "SELECT count(*) FROM orders WHERE amount > 1")] * 300
results = {}
def work(n):
    results[n] = pool.run(jobs)
threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
assert all(r.rows == ((4,),) for n in range(4) for r in results[n]), results
"""


def test_threads_sharing_an_in_process_pool_each_use_their_own_connection(shop_db):
    # One connection shared by threads deadlocked within a few hundred queries: one thread held the
    # GIL waiting in set_authorizer for the connection's mutex, the other held the mutex in the
    # authorizer callback waiting for the GIL. Nothing in a deadlocked process runs again (not even
    # pytest's timeout), so the threads run in a child process that is given a deadline.
    try:
        done = subprocess.run(
            [sys.executable, "-c", THREADS_SHARING_A_POOL, str(shop_db)],
            capture_output=True, text=True, timeout=90,
        )
    except subprocess.TimeoutExpired:
        pytest.fail("threads sharing QueryPool(0) deadlocked")
    assert done.returncode == 0, done.stderr
