"""What a power cut leaves on the disk, replayed from a real process's own writes.

A SIGKILL is not a power cut: the kernel's page cache outlives the process and every write
it made reaches the file anyway. A power cut keeps only what was flushed (`fsync`,
`fdatasync`) before it. `record` runs a command under strace and keeps, in order, every
write, truncation, flush, creation, removal and renaming it made under a folder, and what it
printed on its standard output; `Recording.disk_at(i, target)` then writes into `target` the
files as a disk would hold them had the power gone right after the i-th of those calls:

- a file's bytes are those of its last flush before the cut (its first bytes, if it was
  never flushed and existed before; absent, if it was made during the run and never
  flushed);
- a removal or a renaming lasts only if its folder was flushed after it, before the cut;
  otherwise the old name is still there, with its last flushed bytes.

This is the pessimistic model of POSIX (ext4 and others often keep more), which is the one
SQLite's own promises are made under. Memory-mapped writes are not seen: SQLite's `-shm` file
is one, and a power cut loses it anyway (SQLite rebuilds it from the WAL).
"""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

SYSCALLS = (
    "openat,open,creat,write,pwrite64,writev,pwritev,fsync,fdatasync,ftruncate,truncate,"
    "unlink,unlinkat,rename,renameat,renameat2"
)
_LINE = re.compile(r"^(?:\d+\s+)?(\w+)\((.*)\)\s+=\s+(-?\d+)")
_HEX = re.compile(r'"((?:\\x[0-9a-f]{2})*)"')
_FD = re.compile(r"^-?\d+<([^>]*)>")


@dataclass
class Op:
    kind: str  # write, truncate, create, flush, remove, rename, stdout
    path: str = ""
    data: bytes = b""
    offset: int = 0
    size: int = 0
    target: str = ""


@dataclass
class Recording:
    folder: Path
    initial: dict[str, bytes]
    ops: list[Op] = field(default_factory=list)

    def printed_lines(self) -> list[tuple[int, str]]:
        """(index of the op that ended it, the line) for every line printed: the moment
        the command said something, such as "voted" once a vote's call returned."""
        lines: list[tuple[int, str]] = []
        buffer = b""
        for i, op in enumerate(self.ops):
            if op.kind != "stdout":
                continue
            buffer += op.data
            while b"\n" in buffer:
                line, buffer = buffer.split(b"\n", 1)
                lines.append((i, line.decode("utf-8", "replace")))
        return lines

    def disk_at(self, cut: int, target: Path) -> None:
        """The watched folder's files as a power cut right after op `cut` leaves them."""
        current = {p: bytearray(b) for p, b in self.initial.items()}
        durable: dict[str, bytes] = dict(self.initial)
        pending: list[Op] = []  # removals and renamings waiting for their folder's flush
        for op in self.ops[: cut + 1]:
            if op.kind == "create":
                current.setdefault(op.path, bytearray())
            elif op.kind == "truncate":
                buf = current.setdefault(op.path, bytearray())
                del buf[op.size :]
                buf.extend(b"\0" * (op.size - len(buf)))
            elif op.kind == "write":
                buf = current.setdefault(op.path, bytearray())
                end = op.offset + len(op.data)
                if len(buf) < end:
                    buf.extend(b"\0" * (end - len(buf)))
                buf[op.offset : end] = op.data
            elif op.kind == "flush":
                if op.path in current:
                    durable[op.path] = bytes(current[op.path])
                for waiting in [w for w in pending if str(Path(w.path).parent) == op.path]:
                    pending.remove(waiting)
                    if waiting.kind == "remove":
                        durable.pop(waiting.path, None)
                    else:
                        moved = durable.pop(waiting.path, None)
                        if moved is not None:
                            durable[waiting.target] = moved
            elif op.kind == "remove":
                current.pop(op.path, None)
                pending.append(op)
            elif op.kind == "rename":
                moved_now = current.pop(op.path, None)
                if moved_now is not None:
                    current[op.target] = moved_now
                pending.append(op)
        if target.exists():
            shutil.rmtree(target)
        target.mkdir(parents=True)
        for path, data in durable.items():
            rel = Path(path).relative_to(self.folder)
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            (target / rel).write_bytes(data)


def _hex(arg: str) -> bytes:
    m = _HEX.match(arg.strip())
    if not m:
        raise ValueError(f"no buffer in {arg[:80]!r}")
    return bytes.fromhex(m.group(1).replace("\\x", ""))


def _split(args: str) -> list[str]:
    """Top-level arguments of a call as strace prints them (strings hold no bare quote)."""
    out, depth, quoted, start = [], 0, False, 0
    for i, ch in enumerate(args):
        if ch == '"' and (i == 0 or args[i - 1] != "\\"):
            quoted = not quoted
        elif not quoted and ch in "[{(":
            depth += 1
        elif not quoted and ch in "]})":
            depth -= 1
        elif not quoted and ch == "," and depth == 0:
            out.append(args[start:i].strip())
            start = i + 1
    out.append(args[start:].strip())
    return out


def _decode(escaped: str) -> str:
    """A path as strace -xx prints it between angle brackets: every byte as \\xHH."""
    return bytes.fromhex(escaped.replace("\\x", "")).decode("utf-8", "surrogateescape")


def _path_of(arg: str) -> str:
    m = _FD.match(arg)
    return _decode(m.group(1)) if m else ""


def _parse(text: str, folder: str) -> list[Op]:
    ops: list[Op] = []
    pending: dict[str, str] = {}
    inside = folder.rstrip("/") + "/"

    def watched(path: str) -> bool:
        return path == folder or path.startswith(inside)

    for raw in text.splitlines():
        pid = raw.split(" ", 1)[0]
        if raw.endswith("<unfinished ...>"):
            pending[pid] = raw[: -len("<unfinished ...>")]
            continue
        if "resumed>" in raw:
            raw = pending.pop(pid, "") + raw.split("resumed>", 1)[1]
        m = _LINE.match(raw)
        if not m:
            continue
        name, args, result = m.group(1), m.group(2), int(m.group(3))
        if result < 0:
            continue
        a = _split(args)
        if name in ("write", "pwrite64", "writev", "pwritev"):
            path = _path_of(a[0])
            if a[0].startswith("1<"):
                ops.append(Op("stdout", data=_hex(a[1])[:result]))
                continue
            if not watched(path):
                continue
            if name != "pwrite64":
                raise AssertionError(f"{name} to {path}: the model knows pwrite64 only")
            ops.append(Op("write", path, _hex(a[1])[:result], offset=int(a[3])))
        elif name in ("fsync", "fdatasync"):
            path = _path_of(a[0])
            if watched(path):
                ops.append(Op("flush", path))
        elif name == "ftruncate":
            path = _path_of(a[0])
            if watched(path):
                ops.append(Op("truncate", path, size=int(a[1])))
        elif name in ("openat", "open", "creat"):
            # With -y, the result is printed as fd<path>: a creation or a truncation to 0.
            pathm = re.search(r"=\s+\d+<([^>]*)>", raw)
            path = _decode(pathm.group(1)) if pathm else ""
            flags = a[2] if name == "openat" else (a[1] if len(a) > 1 else "")
            if watched(path) and "O_CREAT" in flags:
                ops.append(Op("create", path))
            if watched(path) and "O_TRUNC" in flags:
                ops.append(Op("truncate", path, size=0))
        elif name in ("unlink", "unlinkat"):
            path = _unquote(a[-2] if name == "unlinkat" else a[0])
            if name == "unlinkat":
                path = _join(a[0], path)
            if watched(path):
                ops.append(Op("remove", path))
        elif name in ("rename", "renameat", "renameat2"):
            if name == "rename":
                src, dst = _unquote(a[0]), _unquote(a[1])
            else:
                src, dst = _join(a[0], _unquote(a[1])), _join(a[2], _unquote(a[3]))
            if watched(src) or watched(dst):
                ops.append(Op("rename", src, target=dst))
    return ops


def _unquote(arg: str) -> str:
    return _hex(arg).decode("utf-8", "surrogateescape")


def _join(dirfd: str, path: str) -> str:
    if path.startswith("/"):
        return path
    base = _path_of(dirfd)
    return str(Path(base) / path) if base else path


def record(argv: Sequence[str], folder: Path, *, timeout: float = 600) -> Recording:
    """Run `argv` to its end under strace; what it did under `folder`, and printed."""
    folder = folder.resolve()
    initial = {str(p): p.read_bytes() for p in folder.rglob("*") if p.is_file()}
    log = folder.parent / f"{folder.name}.strace"
    done = subprocess.run(
        ["strace", "-f", "-qq", "-y", "-xx", "-s", "1048576", "-o", str(log)]
        + ["-e", f"trace={SYSCALLS}", *argv],
        capture_output=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0:
        raise AssertionError(f"{argv[:3]} failed: {done.stderr.decode()[-2000:]}")
    text = log.read_text(encoding="ascii", errors="replace")
    log.unlink()
    return Recording(folder, initial, _parse(text, str(folder)))
