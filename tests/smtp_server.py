"""A tiny scripted SMTP server on loopback, to test real SMTP failures end to end.

Modes (`server.mode`, read as each connection and each message arrives, so a test may change
it while the server runs):

- "accept": take every message.
- "refuse" / "tempfail": refuse the national bodies' addresses (550 / 451), take the others.
- "silent": accept the connection and never answer; the client times out.
- "hang": accept the connection and say nothing until `release` is set, then carry on as
  "accept" (a mail server that stalls, then recovers).
- "slow": take the message, then wait `slow_seconds` (or until `release`) before answering
  250: a worker killed in that window has sent a message it never recorded as sent.

Every message taken is parsed and kept in `messages`, in the order the server took them.
"""

from __future__ import annotations

import contextlib
import socket
import socketserver
import threading
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

HANG_LIMIT = 120  # seconds: no test waits longer, and a forgotten connection still ends


class _Handler(socketserver.StreamRequestHandler):
    def handle(self):
        # the client may go away (a killed worker, a timeout): there is nothing to answer then
        with contextlib.suppress(OSError):
            self._converse()

    def _converse(self):
        server = self.server
        if server.mode == "silent":  # accept the connection and never answer
            server.release.wait(10)
            return
        if server.mode == "hang":
            server.release.wait(HANG_LIMIT)
        self._reply("220 test.invalid ESMTP")
        while line := self.rfile.readline():
            command = line.decode("ascii", "replace").strip().upper()
            if command.startswith(("EHLO", "HELO")):
                self._reply("250 test.invalid")
            elif command.startswith("MAIL"):
                self._reply("250 OK")
            elif command.startswith("RCPT") and ".GOV.UK" in command and server.mode in REFUSALS:
                # only the national bodies' addresses are refused: alerts to staff get through
                self._reply(REFUSALS[server.mode])
            elif command.startswith("RCPT"):
                self._reply("250 OK")
            elif command.startswith("DATA"):
                self._reply("354 Go ahead")
                server.messages.append(self._read_message())
                if server.mode == "slow":
                    server.release.wait(server.slow_seconds)
                self._reply("250 Queued")
            elif command.startswith("QUIT"):
                self._reply("221 Bye")
                return
            else:
                self._reply("503 Bad sequence")

    def _read_message(self) -> EmailMessage:
        lines = []
        while (line := self.rfile.readline()) not in (b".\r\n", b""):
            lines.append(line[1:] if line.startswith(b"..") else line)  # undo dot-stuffing
        return BytesParser(policy=policy.default).parsebytes(b"".join(lines))

    def _reply(self, text: str) -> None:
        self.wfile.write(text.encode() + b"\r\n")


REFUSALS = {"refuse": "550 5.1.1 No such mailbox", "tempfail": "451 Later"}


class ScriptedSMTP(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, mode: str, *, slow_seconds: float = 60):
        super().__init__(("127.0.0.1", 0), _Handler)
        self.mode = mode
        self.slow_seconds = slow_seconds
        self.messages: list[EmailMessage] = []
        self.release = threading.Event()
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    @property
    def delivered(self) -> int:
        return len(self.messages)

    def with_message_id(self, message_id: str) -> list[EmailMessage]:
        """The messages taken with this Message-ID, in order."""
        return [m for m in self.messages if m["Message-ID"] == message_id]

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
