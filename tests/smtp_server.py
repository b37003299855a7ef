"""A tiny scripted SMTP server on loopback, to test real SMTP failures end to end."""

from __future__ import annotations

import socket
import socketserver
import threading


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        mode = self.server.mode
        if mode == "silent":  # accept the connection and never answer: the client times out
            self.server.release.wait(10)
            return
        self._reply("220 test.invalid ESMTP")
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self._reply("250 test.invalid")
            elif command.startswith("MAIL"):
                self._reply("250 OK")
            elif command.startswith("RCPT") and ".GOV.UK" in command:
                # only the national bodies' addresses are refused: alerts to staff get through
                self._reply({"refuse": "550 5.1.1 No such mailbox", "tempfail": "451 Later"}[mode])
            elif command.startswith("RCPT"):
                self._reply("250 OK")
            elif command.startswith("DATA"):
                self._reply("354 Go ahead")
                while self.rfile.readline() not in (b".\r\n", b""):
                    pass
                self.server.delivered += 1
                self._reply("250 Queued")
            elif command.startswith("QUIT"):
                self._reply("221 Bye")
                return
            else:
                self._reply("503 Bad sequence")

    def _reply(self, text: str) -> None:
        self.wfile.write(text.encode() + b"\r\n")


class ScriptedSMTP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.delivered = 0
        self.release = threading.Event()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.release.set()
        self.shutdown()
        self.server_close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
