// Two ways for the virtual card to reach vpcd's TCP port.
//
// vpcd writes each frame's 2-byte length and its body in two send() calls. With Node's
// `net`, our kernel delays the ACK of the first segment (~40 ms) and vpcd's Nagle holds the
// body until that ACK: ~44 ms per APDU. Node cannot set TCP_QUICKACK, and setNoDelay on
// our side does not help (the wait is on vpcd's send). Perl can: a 20-line relay from
// perl-base (Essential on Debian, so always there) re-arms TCP_QUICKACK after every read
// and brings the round trip to ~0.15 ms. `quickack` is the default; `net` stays for
// comparison and for hosts without perl.
import { spawn } from 'node:child_process';
import { connect } from 'node:net';
import { err, ok, type Result } from '../../result';

export type VpcdTransport = 'quickack' | 'net';

export interface VpcdLink {
  write(bytes: Uint8Array): void;
  onData(listener: (chunk: Uint8Array) => void): void;
  /** Closes the connection: for vpcd, the card is pulled out. */
  close(): void;
  /** Resolves when the connection is gone, whoever ended it. */
  readonly closed: Promise<void>;
}

export type VpcdConnectError = { readonly kind: 'vpcd-unreachable'; readonly code: string };

export function openVpcdLink(transport: VpcdTransport, port: number, host = '127.0.0.1'): Promise<Result<VpcdLink, VpcdConnectError>> {
  return transport === 'net' ? openNetLink(port, host) : openQuickAckLink(port, host);
}

function openNetLink(port: number, host: string): Promise<Result<VpcdLink, VpcdConnectError>> {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    const onError = (e: NodeJS.ErrnoException) => resolve(err({ kind: 'vpcd-unreachable', code: e.code ?? 'unknown' }));
    socket.once('error', onError);
    socket.once('connect', () => {
      socket.off('error', onError);
      socket.setNoDelay(true); // our answers are single writes; nothing to gain from Nagle
      socket.on('error', () => socket.destroy()); // after connect, a broken socket is a card removal, seen via 'close'
      const closed = new Promise<void>((r) => socket.once('close', () => r()));
      resolve(
        ok({
          write: (bytes) => socket.write(bytes),
          onData: (listener) => socket.on('data', listener),
          close: () => socket.destroy(),
          closed,
        }),
      );
    });
  });
}

// The relay: stdin → socket, socket → stdout, TCP_QUICKACK (12) re-armed after each read
// (the kernel clears it by itself). Prints "up" on stderr once connected; exit 2 if not.
const relayScript = `
use strict; use IO::Socket::INET; use IO::Select; use Socket qw(IPPROTO_TCP TCP_NODELAY);
my ($host, $port) = @ARGV;
my $s = IO::Socket::INET->new(PeerAddr => $host, PeerPort => $port, Proto => 'tcp') or do { print STDERR "refused\\n"; exit 2 };
setsockopt($s, IPPROTO_TCP, TCP_NODELAY, 1);
binmode STDIN; binmode STDOUT; $| = 1; print STDERR "up\\n";
my $sel = IO::Select->new($s, \\*STDIN);
while (my @ready = $sel->can_read) {
  for my $fh (@ready) {
    my $n = sysread($fh, my $buf, 65536);
    exit 0 unless $n;
    if ($fh == $s) { setsockopt($s, IPPROTO_TCP, 12, 1); syswrite(STDOUT, $buf) or exit 0; }
    else { syswrite($s, $buf) or exit 0; }
  }
}`;

function openQuickAckLink(port: number, host: string): Promise<Result<VpcdLink, VpcdConnectError>> {
  return new Promise((resolve) => {
    const relay = spawn('perl', ['-e', relayScript, host, String(port)], { stdio: ['pipe', 'pipe', 'pipe'] });
    const closed = new Promise<void>((r) => relay.once('close', () => r()));
    relay.once('error', (e: NodeJS.ErrnoException) => resolve(err({ kind: 'vpcd-unreachable', code: e.code === 'ENOENT' ? 'no-perl' : (e.code ?? 'unknown') })));
    relay.once('exit', () => resolve(err({ kind: 'vpcd-unreachable', code: 'ECONNREFUSED' }))); // ignored once resolved
    relay.stdin.on('error', () => relay.kill()); // the relay went away mid-write: the card is out
    relay.stderr.once('data', (line) => {
      if (String(line).trim() !== 'up') return;
      resolve(
        ok({
          write: (bytes) => relay.stdin.write(bytes),
          onData: (listener) => relay.stdout.on('data', listener),
          close: () => relay.kill('SIGTERM'),
          closed,
        }),
      );
    });
  });
}
