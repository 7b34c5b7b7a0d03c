# picklefix-test: refused
import json
import sqlite3
import subprocess
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from sqlite3 import connect as open_db
from threading import Event


def lookup(keys):
    conn = sqlite3.connect(":memory:")
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(lambda k: conn.execute("select ?", (k,)).fetchone(), keys))  # PKL002


def through_a_cursor(keys):
    cur = open_db(":memory:").cursor()
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(lambda k: cur.execute("select ?", (k,)).fetchone(), keys))  # PKL002


def an_executor(keys):
    helper = ThreadPoolExecutor(2)
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(lambda k: helper.submit(str, k), keys))  # PKL002


def a_module_alias(keys):
    codec = json
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(lambda k: codec.dumps(k), keys))  # PKL002


def an_event_and_a_subprocess(keys):
    done = Event()
    child = subprocess.Popen(["true"])
    with ProcessPoolExecutor(2) as ex:
        return list(ex.map(lambda k: (done.is_set(), child.pid, k), keys))  # PKL002
