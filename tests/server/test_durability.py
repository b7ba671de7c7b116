"""Many clients, several gunicorn workers on one SQLite library, and kill -9 in the middle:
every write the server acknowledged is in the library exactly once, and the file is intact."""
import os
import signal
import sqlite3
import threading
import time

import requests

from server import store
from tests.conftest import ServerProcess

CLIENTS = 8
REQUESTS = 2400


def worker_pids(master_pid):
    """gunicorn's workers: the children of the master process."""
    children = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == master_pid:
                children.add(int(entry))
    return sorted(children)


def test_acknowledged_writes_survive_load_and_kill_9(tmp_path):
    server = ServerProcess(tmp_path / "library.db", workers=3).start()
    acked_blocks, acked_corrections, sent = [], [], [0]
    lock = threading.Lock()
    stop = threading.Event()

    def client(n):
        session = requests.Session()
        session.headers["Authorization"] = f"Bearer {server.token}"
        for i in range(n, REQUESTS, CLIENTS):
            if stop.is_set():
                return
            if i % 4 == 3:
                body = {"action": "accept", "text": f"Net{i}", "label": "METHOD"}
                path = "/api/v1/corrections"
            else:
                text = f"Client {n} request {i}: FooNet{i} improves FID on CIFAR-10 by {i % 97}.5%."
                body = {"url": f"https://example.org/{i}", "blocks": [{"id": "a", "text": text}]}
                path = "/api/v1/annotate"
            with lock:
                sent[0] += 1
            response = None
            for _ in range(100):  # as a client would, retry while the server is down or restarting
                try:
                    response = session.post(server.url + path, json=body, timeout=30)
                    break
                except requests.RequestException:
                    time.sleep(0.1)
            if response is None:
                continue  # never acknowledged
            if response.status_code in (200, 201):
                with lock:
                    if path.endswith("annotate"):
                        acked_blocks.append(body["blocks"][0]["text"])
                    else:
                        acked_corrections.append(response.json()["correction"]["id"])

    threads = [threading.Thread(target=client, args=(n,)) for n in range(CLIENTS)]
    for t in threads:
        t.start()
    try:
        time.sleep(2)
        os.kill(worker_pids(server.proc.pid)[0], signal.SIGKILL)  # one worker dies mid-request
        time.sleep(2)
        os.killpg(server.proc.pid, signal.SIGKILL)  # then the whole server
        server.proc.wait()
        time.sleep(1)
        server.start()  # the user starts it again; the clients carry on
        for t in threads:
            t.join(timeout=120)
    finally:
        stop.set()
        server.stop()

    conn = sqlite3.connect(tmp_path / "library.db")
    integrity = conn.execute("PRAGMA integrity_check").fetchone()[0]
    hashes = [store.text_hash(text) for text in acked_blocks]
    found_blocks = sum(conn.execute("SELECT count(*) FROM blocks WHERE hash = ?", [h]).fetchone()[0] == 1
                       for h in hashes)
    found_corrections = sum(conn.execute("SELECT count(*) FROM corrections WHERE id = ?", [i]).fetchone()[0] == 1
                            for i in acked_corrections)
    acknowledged = len(acked_blocks) + len(acked_corrections)
    found = found_blocks + found_corrections
    print(f"\nrequests sent {sent[0]}, acknowledged {acknowledged}, found in the database {found}, "
          f"lost {acknowledged - found}, integrity_check: {integrity}")
    assert integrity == "ok"
    assert acknowledged > REQUESTS // 2
    assert found == acknowledged
