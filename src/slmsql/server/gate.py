"""Questions wait behind a concurrency limit, in a bounded queue, within a deadline.

Generation runs in worker threads (``max_concurrent`` of them: one for a CPU backend). A question
that finds ``max_concurrent + queue_size`` others admitted is refused at once (503 with a
Retry-After estimated from recent service times). A question past its deadline is answered 504;
its generation, which cannot be interrupted, finishes in its thread and only then frees its slot.
"""

from __future__ import annotations

import asyncio
import math
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")


class QueueFull(Exception):
    def __init__(self, retry_after_s: int) -> None:
        super().__init__("the question queue is full")
        self.retry_after_s = retry_after_s


class DeadlineExceeded(Exception):
    def __init__(self, deadline_s: float, stage: str) -> None:
        super().__init__(f"no answer within the deadline of {deadline_s:g} s ({stage})")
        self.deadline_s = deadline_s
        self.stage = stage


class Gate:
    def __init__(self, max_concurrent: int, queue_size: int) -> None:
        self.max_concurrent = max_concurrent
        self.queue_size = queue_size
        self.admitted = 0  # waiting + running
        self.running = 0
        self._slots: asyncio.Semaphore | None = None
        self._executor = ThreadPoolExecutor(max_workers=max_concurrent, thread_name_prefix="slmsql-gen")
        self._recent: deque[float] = deque(maxlen=20)

    @property
    def waiting(self) -> int:
        return self.admitted - self.running

    def retry_after(self) -> int:
        mean = sum(self._recent) / len(self._recent) if self._recent else 5.0
        return max(1, math.ceil(mean * (self.waiting + 1) / self.max_concurrent))

    def admit(self) -> None:
        """Take a place in the queue, or raise QueueFull. Pair with :meth:`run` (which releases it)."""
        if self.admitted >= self.max_concurrent + self.queue_size:
            raise QueueFull(self.retry_after())
        self.admitted += 1

    async def run(self, fn: Callable[[], T], deadline: float, deadline_s: float) -> T:
        """Run ``fn`` in a generation thread once a slot is free (after :meth:`admit`)."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.max_concurrent)
        slots = self._slots
        try:
            await asyncio.wait_for(slots.acquire(), timeout=max(0.0, deadline - time.monotonic()))
        except TimeoutError:
            self.admitted -= 1
            raise DeadlineExceeded(deadline_s, "waiting in the queue") from None
        except BaseException:  # cancelled while waiting (the client went away)
            self.admitted -= 1
            raise
        self.running += 1
        started = time.monotonic()
        future = asyncio.get_running_loop().run_in_executor(self._executor, fn)

        def release(_f) -> None:
            self._recent.append(time.monotonic() - started)
            self.running -= 1
            self.admitted -= 1
            slots.release()

        future.add_done_callback(release)
        try:
            return await asyncio.wait_for(
                asyncio.shield(future), timeout=max(0.0, deadline - time.monotonic())
            )
        except TimeoutError:
            raise DeadlineExceeded(deadline_s, "generating") from None

    def close(self) -> None:
        self._executor.shutdown(wait=True, cancel_futures=True)
