#!/usr/bin/env python3
"""How much CPU Debian's Chromium (with chromedriver) spends on a page of the portal, with the browser tests' flags
plus any given: signs in as the central, a district and a university demo user and opens every page each header
links to, ROUNDS times, and prints the CPU seconds of every process started from chromedriver (a cgroup v1
cpuacct group, so it runs as root) per page load. For docs/measurements.md, not a test: the portal must already run
(mvn wildfly:run). The demo password comes from PW.

usage: PW=... python3 docs/scripts/chromium-cpu.py http://localhost:8080 ROUNDS NAME [extra chromium flags...]"""
import json, os, subprocess, sys, tempfile, time, urllib.request, shutil, socket

base, rounds, name, extra = sys.argv[1].rstrip('/'), int(sys.argv[2]), sys.argv[3], sys.argv[4:]
cg = f"/sys/fs/cgroup/cpuacct/cb_{name}_{os.getpid()}"
os.makedirs(cg)
s = socket.socket(); s.bind(('127.0.0.1', 0)); port = s.getsockname()[1]; s.close()
drv = subprocess.Popen(["sh", "-c", f"echo $$ > {cg}/cgroup.procs; exec /usr/bin/chromedriver --port={port}"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(1)
W = f"http://127.0.0.1:{port}"

def call(method, path, body=None):
    req = urllib.request.Request(W + path, method=method, data=json.dumps(body).encode() if body is not None else None,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        return json.loads(r.read())["value"]

profile = tempfile.mkdtemp(prefix="cb-")
args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,1000",
        "--user-data-dir=" + profile] + extra
sid = call("POST", "/session", {"capabilities": {"alwaysMatch": {"goog:chromeOptions": {"binary": "/usr/bin/chromium", "args": args}}}})["sessionId"]
S = f"/session/{sid}"

def go(path):
    call("POST", S + "/url", {"url": base + path})

def js(script, *a):
    return call("POST", S + "/execute/sync", {"script": script, "args": list(a)})

def login(user):
    go("/api/health")
    call("DELETE", S + "/cookie")
    go("/")
    js("document.getElementById('j_username').value=arguments[0];document.getElementById('j_password').value=arguments[1];"
       "document.getElementById('login-submit').click();", user, os.environ["PW"])
    for _ in range(200):
        try:
            if js("return !!document.getElementById('header:logout');"):
                return
        except Exception:
            pass
        time.sleep(0.05)
    raise SystemExit("login failed for " + user)

def usage():
    return int(open(cg + "/cpuacct.usage").read()) / 1e9

t0, c0 = time.time(), usage()
loads = 0
for r in range(rounds):
    for user in ["central", "sodermalm", "su"]:
        login(user)
        links = js("""return Array.from(document.querySelectorAll('#header a[href]')).map(a => a.href)
            .filter(h => h.startsWith(location.origin) && !h.includes('#') && !/\\.(csv|xlsx|pdf|ics|json)/.test(h))
            .map(h => h.substring(location.origin.length));""")
        for p in dict.fromkeys(links):
            go(p)
            loads += 1
t1, c1 = time.time(), usage()
call("DELETE", S)
drv.terminate(); drv.wait()
time.sleep(0.5)
c2 = usage()
print(f"{name}\tloads={loads}\twall={t1-t0:.1f}s\tcpu_walk={c1-c0:.1f}s\tcpu_total={c2:.1f}s\tcpu/load={(c1-c0)/loads*1000:.0f}ms\t{' '.join(extra)}", flush=True)
shutil.rmtree(profile, ignore_errors=True)
try:
    os.rmdir(cg)
except OSError:
    pass  # a process still exiting: the empty group is harmless
