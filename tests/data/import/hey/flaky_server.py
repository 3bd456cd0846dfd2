#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""HTTP server for mixed.txt/mixed.csv: answers 200, 404 (every 5th request) or a line that is not HTTP
(every 7th request, then closes), so hey reports statuses and errors in one run.
Usage: ./flaky_server.py PORT"""
import http.server
import itertools
import sys

counter = itertools.count(1)


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        n = next(counter)
        if n % 7 == 0:
            self.wfile.write(b"not http\r\n\r\n")  # hey counts an error (malformed HTTP response)
            self.close_connection = True
            return
        code = 404 if n % 5 == 0 else 200
        body = b"hello from runbench test\n"
        self.send_response(code)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


http.server.ThreadingHTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
