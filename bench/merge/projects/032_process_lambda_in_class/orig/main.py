"""Heartbeat emitter running in a daemon process."""

from __future__ import annotations

import multiprocessing as mp


class Heartbeat:
    def __init__(self, service_name: str, beats: int = 3) -> None:
        self.service_name = service_name
        self.beats = beats

    def run_once(self) -> None:
        name = self.service_name
        count = self.beats
        proc = mp.Process(
            target=lambda: [
                print(f"{name}: beat {i}", flush=True) for i in range(count)
            ],
            daemon=True,
        )
        proc.start()
        proc.join()


if __name__ == "__main__":
    Heartbeat("billing").run_once()
