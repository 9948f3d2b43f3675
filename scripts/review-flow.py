#!/usr/bin/env python3
"""The review flow in headless Chromium, driven over the DevTools protocol (standard library only:
a minimal WebSocket client, so CI needs no package from PyPI). The site itself runs no script.

An editor signs in with a one-time password, chooses a password, corrects the speaker of the first
quote on the story's review page (with a reason), approves the revision and signs out; then the
story's reader page, seen signed out, must show "Reviewed by NAME", the new speaker and the
correction's reason, and its coverage picture and fact matrix must be drawn within the window at
both widths. Screenshots of the review page, the reader page and the pictures at 1280 px and 390 px.

Usage: review-flow.py --base URL --browser PATH --story ID --name NAME --password ONE-TIME --out DIR
Prints a JSON summary; exits 1 naming the step that failed.
"""
import argparse
import base64
import json
import os
import re
import socket
import struct
import subprocess
import sys
import tempfile
import time
import urllib.request

SPEAKER = "Deputy Editor Test Speaker"
REASON = "Checked against the outlet's recording"


class DevTools:
    """One WebSocket connection to a DevTools target: commands and the events between them."""

    def __init__(self, url):
        match = re.match(r"ws://([^/:]+):(\d+)(/.*)", url)
        host, port, path = match.group(1), int(match.group(2)), match.group(3)
        self.sock = socket.create_connection((host, port), timeout=60)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall(
            (f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
             f"Sec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        head = b""
        while b"\r\n\r\n" not in head:
            chunk = self.sock.recv(4096)
            if not chunk:
                raise RuntimeError("DevTools closed the connection during the handshake")
            head += chunk
        head, self.buffer = head.split(b"\r\n\r\n", 1)
        if b" 101 " not in head.split(b"\r\n")[0]:
            raise RuntimeError("DevTools refused the WebSocket: " + head.decode(errors="replace"))
        self.next_id = 0
        self.events = []

    def _exact(self, count):
        while len(self.buffer) < count:
            chunk = self.sock.recv(65536)
            if not chunk:
                raise RuntimeError("DevTools closed the connection")
            self.buffer += chunk
        data, self.buffer = self.buffer[:count], self.buffer[count:]
        return data

    def _send(self, opcode, payload):
        header = bytearray([0x80 | opcode])
        size = len(payload)
        if size < 126:
            header.append(0x80 | size)
        elif size < 65536:
            header.append(0x80 | 126)
            header += struct.pack(">H", size)
        else:
            header.append(0x80 | 127)
            header += struct.pack(">Q", size)
        mask = os.urandom(4)
        self.sock.sendall(bytes(header) + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(payload)))

    def _message(self):
        data = b""
        while True:
            first, second = self._exact(2)
            opcode, size = first & 0x0F, second & 0x7F
            if size == 126:
                size = struct.unpack(">H", self._exact(2))[0]
            elif size == 127:
                size = struct.unpack(">Q", self._exact(8))[0]
            mask = self._exact(4) if second & 0x80 else None
            payload = self._exact(size)
            if mask:
                payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
            if opcode == 8:
                raise RuntimeError("DevTools closed the connection")
            if opcode == 9:
                self._send(10, payload)
                continue
            data += payload
            if first & 0x80 and opcode in (0, 1, 2):
                return json.loads(data)

    def call(self, method, **params):
        self.next_id += 1
        self._send(1, json.dumps({"id": self.next_id, "method": method, "params": params}).encode())
        while True:
            message = self._message()
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self.events.append(message)

    def wait(self, event, timeout=60):
        deadline = time.time() + timeout
        while time.time() < deadline:
            for index, message in enumerate(self.events):
                if message.get("method") == event:
                    del self.events[index]
                    return message
            self.events.append(self._message())
        raise RuntimeError(f"no {event} within {timeout} s")


def expected_marks(base, story):
    """What the coverage picture and the fact matrix must draw, from the story's JSON in the API."""
    with urllib.request.urlopen(f"{base}/api/stories/{story}", timeout=30) as response:
        brief = json.load(response)
    articles = brief["articles"]
    outlet_of = {article["id"]: article.get("outlet") or article["id"] for article in articles}
    facts = brief["stories"][0]["facts"]
    return {
        "articles": sorted(article["id"] for article in articles if isinstance(article.get("published"), str)),
        "supports": sum(len({outlet_of[s] for s in fact.get("sources", []) if s in outlet_of}) for fact in facts),
        "cells": len(facts) * len(set(outlet_of.values())),
    }


def main():
    parser = argparse.ArgumentParser()
    for name in ("base", "browser", "story", "name", "password", "out"):
        parser.add_argument("--" + name, required=True)
    args = parser.parse_args()
    profile = tempfile.mkdtemp(prefix="parallax-review-")
    browser = subprocess.Popen(
        [args.browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
         "--hide-scrollbars", f"--user-data-dir={profile}", "--remote-debugging-port=0", "about:blank"],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    step = "starting Chromium"
    try:
        endpoint = None
        deadline = time.time() + 60
        while endpoint is None and time.time() < deadline:
            line = browser.stderr.readline()
            if not line and browser.poll() is not None:
                raise RuntimeError("Chromium exited")
            found = re.search(r"DevTools listening on (ws://\S+)", line)
            if found:
                endpoint = found.group(1)
        if endpoint is None:
            raise RuntimeError("Chromium did not open its DevTools port")
        port = re.match(r"ws://[^:]+:(\d+)/", endpoint).group(1)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=30) as response:
            page = next(t for t in json.load(response) if t["type"] == "page")
        tools = DevTools(page["webSocketDebuggerUrl"])
        tools.call("Page.enable")

        def evaluate(expression):
            result = tools.call("Runtime.evaluate", expression=expression, returnByValue=True)
            if "exceptionDetails" in result:
                raise RuntimeError(f"script failed: {result['exceptionDetails'].get('text')} in {expression[:80]}")
            return result["result"].get("value")

        def navigate(path):
            tools.call("Page.navigate", url=args.base + path)
            tools.wait("Page.loadEventFired")

        def submit(expression, expected_path):
            evaluate(expression)
            tools.wait("Page.loadEventFired")
            path = evaluate("location.pathname")
            if path != expected_path:
                text = evaluate("document.body.innerText")[:400]
                raise RuntimeError(f"landed on {path}, not {expected_path}: {text}")

        def screenshot(name, width):
            height = 1000 if width > 600 else 844
            tools.call("Emulation.setDeviceMetricsOverride", width=width, height=height, deviceScaleFactor=1,
                       mobile=width < 600)
            data = tools.call("Page.captureScreenshot", format="png")["data"]
            with open(os.path.join(args.out, name + ".png"), "wb") as file:
                file.write(base64.b64decode(data))
            tools.call("Emulation.clearDeviceMetricsOverride")

        def fill(selector, value):
            return f"document.querySelector({json.dumps(selector)}).value = {json.dumps(value)};"

        chosen = "review-" + base64.b32encode(os.urandom(10)).decode().lower()
        step = "signing in with the one-time password"
        navigate("/signin")
        submit(fill("#name", args.name) + fill("#password", args.password)
               + "document.querySelector('form.desk button').click()", "/account/password")
        step = "choosing a password"
        submit(fill("#password", chosen) + fill("#repeat", chosen)
               + "document.querySelector('form.desk button').click()", "/review")
        step = "correcting the speaker of the first quote"
        review_path = "/review/stories/" + args.story
        navigate(review_path)
        quote = evaluate(f"""(() => {{
            const button = document.querySelector('button[value="correct-speaker"]');
            const form = button.form;
            const text = form.parentElement.textContent;
            form.querySelector('input[name=value]').value = {json.dumps(SPEAKER)};
            form.querySelector('input[name=reason]').value = {json.dumps(REASON)};
            button.click();
            return text.slice(text.indexOf('\u201c') + 1, text.indexOf('\u201d'));
        }})()""")
        tools.wait("Page.loadEventFired")
        log = evaluate("document.getElementById('log').nextElementSibling.innerText")
        if SPEAKER not in log or REASON not in log:
            raise RuntimeError("the audit log does not show the correction")
        screenshot("review-desktop", 1280)
        screenshot("review-phone", 390)
        step = "approving the revision"
        submit("document.querySelector('button[value=approve]').click()", review_path)
        if "Approved by " + args.name not in evaluate("document.body.innerText"):
            raise RuntimeError("the review page does not say the revision is approved")
        step = "signing out"
        submit("document.querySelector('form.account button').click()", "/")
        step = "reading the story signed out"
        navigate("/stories/" + args.story)
        text = evaluate("document.body.innerText")
        # innerText follows CSS text-transform (section headings are upper case), so compare folded.
        missing = [what for what in ("Reviewed by " + args.name, SPEAKER, REASON, quote[:60], "Methodology")
                   if what.casefold() not in text.casefold()]
        if missing:
            raise RuntimeError("the reader's page lacks " + ", ".join(repr(m) for m in missing))
        evaluate("document.querySelector('.review-box').scrollIntoView()")
        screenshot("reader-reviewed-desktop", 1280)
        screenshot("reader-reviewed-phone", 390)
        step = "drawing the coverage picture and the fact matrix at both widths"
        pictures = {}
        expected = expected_marks(args.base, args.story)
        for width in (1280, 390):
            tools.call("Emulation.setDeviceMetricsOverride", width=width, height=900, deviceScaleFactor=1,
                       mobile=width < 600)
            drawn = evaluate("""(() => {
                const svg = document.querySelector('svg.coverage'), matrix = document.querySelector('table.matrix');
                if (!svg || !matrix) return null;
                svg.scrollIntoView();
                return {chart: svg.getBoundingClientRect().width, matrix: matrix.getBoundingClientRect().width,
                        dots: svg.querySelectorAll('a[data-mark=article] circle').length,
                        marks: matrix.querySelectorAll('td[data-mark]').length,
                        articles: [...svg.querySelectorAll('a[data-mark=article]')].map(a => a.dataset.article).sort(),
                        supports: matrix.querySelectorAll('td[data-mark=supports]').length};
            })()""")
            tools.call("Emulation.clearDeviceMetricsOverride")
            if not drawn or drawn["dots"] == 0 or drawn["marks"] == 0:
                raise RuntimeError(f"no pictures at {width} px: {drawn}")
            if not 0 < drawn["chart"] <= width or not 0 < drawn["matrix"] <= width:
                raise RuntimeError(f"a picture is wider than the {width} px window: {drawn}")
            # The drawn marks are the brief's data: one dot per dated article, one supporting mark
            # per outlet among each fact's sources, a cell for every fact and outlet.
            if drawn["articles"] != expected["articles"]:
                raise RuntimeError(f"the coverage dots at {width} px are {drawn['articles']}, "
                                   f"the API's dated articles {expected['articles']}")
            if drawn["supports"] != expected["supports"] or drawn["marks"] != expected["cells"]:
                raise RuntimeError(f"the matrix at {width} px has {drawn['supports']} supporting marks of "
                                   f"{drawn['marks']} cells; the API's facts give {expected['supports']} of "
                                   f"{expected['cells']}")
            del drawn["articles"]
            pictures[width] = drawn
            screenshot("pictures-desktop" if width > 600 else "pictures-phone", width)
        cookies = tools.call("Network.getAllCookies").get("cookies", [])
        print(json.dumps({"story": args.story, "quote": quote, "speaker": SPEAKER, "editor": args.name,
                          "cookiesLeft": [c["name"] for c in cookies if c.get("value")], "pictures": pictures}))
    except Exception as error:  # noqa: BLE001 — one message naming the step, for the shell script
        print(f"review-flow: {step}: {error}", file=sys.stderr)
        sys.exit(1)
    finally:
        browser.terminate()
        try:
            browser.wait(timeout=10)
        except subprocess.TimeoutExpired:
            browser.kill()


if __name__ == "__main__":
    main()
