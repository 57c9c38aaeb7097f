"""Segment framing by packet capture: the server's TCP segments on the control connection,
seen through an AF_PACKET socket with a BPF filter (root or CAP_NET_RAW)."""

import ctypes
import socket
import struct


class SegmentCapture:
    """Sees the server->client segments of the control connection (AF_PACKET + BPF) and
    records their stream offsets, so the byte stream can be cut where the server's TCP
    cut it."""

    ETH_P_IP, ETH_P_IPV6 = 0x0800, 0x86DD
    SO_ATTACH_FILTER = 26
    PACKET_OUTGOING = 4
    SNAP = 160

    def __init__(self, family, server_ip, server_port, local_port):
        self.family = family
        self.src = socket.inet_pton(family, server_ip.split("%")[0])
        self.sport = server_port
        self.dport = local_port
        self.isn = None
        self.segs = {}
        proto = self.ETH_P_IP if family == socket.AF_INET else self.ETH_P_IPV6
        self.sock = socket.socket(socket.AF_PACKET, socket.SOCK_DGRAM, socket.htons(proto))
        try:
            self._attach_filter()
            self.sock.setblocking(False)
            while True:                      # drop what arrived before the filter
                try:
                    self.sock.recv(self.SNAP)
                except BlockingIOError:
                    break
        except Exception:
            self.sock.close()
            raise

    def _attach_filter(self):
        if self.family == socket.AF_INET:
            prog = [
                (0x30, 0, 0, 9),             # ldb [9]          protocol
                (0x15, 0, 8, 6),             # jeq #6 else drop TCP
                (0x28, 0, 0, 6),             # ldh [6]          fragment offset
                (0x45, 6, 0, 0x1FFF),        # jset -> drop
                (0xB1, 0, 0, 0),             # ldxb 4*([0]&0xf)
                (0x48, 0, 0, 0),             # ldh [x+0]        source port
                (0x15, 0, 3, self.sport),
                (0x48, 0, 0, 2),             # ldh [x+2]        destination port
                (0x15, 0, 1, self.dport),
                (0x06, 0, 0, self.SNAP),
                (0x06, 0, 0, 0),
            ]
        else:
            prog = [
                (0x30, 0, 0, 6),             # ldb [6]          next header
                (0x15, 0, 5, 6),
                (0x28, 0, 0, 40),            # ldh [40]         source port
                (0x15, 0, 3, self.sport),
                (0x28, 0, 0, 42),            # ldh [42]         destination port
                (0x15, 0, 1, self.dport),
                (0x06, 0, 0, self.SNAP),
                (0x06, 0, 0, 0),
            ]
        raw = b"".join(struct.pack("HBBI", *ins) for ins in prog)
        self._filter_buf = ctypes.create_string_buffer(raw)
        fprog = struct.pack("HL", len(prog), ctypes.addressof(self._filter_buf))
        self.sock.setsockopt(socket.SOL_SOCKET, self.SO_ATTACH_FILTER, fprog)

    def poll(self):
        while True:
            try:
                pkt, addr = self.sock.recvfrom(self.SNAP)
            except (BlockingIOError, InterruptedError):
                return
            if len(addr) > 2 and addr[2] == self.PACKET_OUTGOING:
                continue
            try:
                if self.family == socket.AF_INET:
                    ihl = (pkt[0] & 15) * 4
                    total = struct.unpack("!H", pkt[2:4])[0]
                    if pkt[12:16] != self.src:
                        continue
                    th = ihl
                    payload = total - ihl
                else:
                    if pkt[8:24] != self.src:
                        continue
                    th = 40
                    payload = struct.unpack("!H", pkt[4:6])[0]
                sport, dport, seq = struct.unpack("!HHI", pkt[th:th + 8])
                doff = (pkt[th + 12] >> 4) * 4
                flags = pkt[th + 13]
            except (IndexError, struct.error):
                continue
            if sport != self.sport or dport != self.dport:
                continue
            if flags & 0x12 == 0x12:          # SYN-ACK: the server's initial sequence number
                self.isn = seq
                continue
            length = payload - doff
            if length > 0 and self.isn is not None:
                off = (seq - self.isn - 1) & 0xFFFFFFFF
                self.segs.setdefault(off, off + length)

    def close(self):
        try:
            self.sock.close()
        except OSError:
            pass
