// A virtual ID card plugged into vpcd: connecting is inserting the card, closing the
// socket is pulling it out. Every APDU is answered by the same IdCardApplet the in-memory
// simulator runs.
import { connect, type Socket } from 'node:net';
import { err, ok, type Result } from '../../result';
import type { IdCardApplet } from '../id-card-applet';
import { cardAtr } from '../id-card-profile';
import { encodeVpcdFrame, VpcdFrameReader, type VpcdMessage } from './vpcd-frames';

/** Debian's vpcd config: reader `Virtual PCD 00 0n` waits for its card on port 35963 + n. */
export const vpcdPortForReader = (index: number): number => 35963 + index;

export interface VpcdCardOptions {
  readonly applet: IdCardApplet;
  readonly port: number;
  readonly host?: string;
}

export type VpcdConnectError = { readonly kind: 'vpcd-unreachable'; readonly code: string };

export class VpcdCard {
  private readonly frames = new VpcdFrameReader();
  private isStalled = false;
  private stuckWatchers: (() => void)[] = [];
  private readonly closed: Promise<void>;
  /** APDUs answered so far (counts only; the bytes are never kept). */
  apduCount = 0;

  private constructor(
    private readonly socket: Socket,
    private readonly applet: IdCardApplet,
  ) {
    // our answers are single writes; no reason to let Nagle hold them back
    socket.setNoDelay(true);
    socket.on('data', (chunk) => {
      for (const message of this.frames.push(chunk)) this.handle(message);
    });
    this.closed = new Promise((resolve) => socket.once('close', () => resolve()));
  }

  static connect(options: VpcdCardOptions): Promise<Result<VpcdCard, VpcdConnectError>> {
    return new Promise((resolve) => {
      const socket = connect({ host: options.host ?? '127.0.0.1', port: options.port });
      const onError = (e: NodeJS.ErrnoException) => resolve(err({ kind: 'vpcd-unreachable', code: e.code ?? 'unknown' }));
      socket.once('error', onError);
      socket.once('connect', () => {
        socket.off('error', onError);
        // after connect, a dropped socket is a card removal, seen through 'close'
        socket.on('error', () => socket.destroy());
        resolve(ok(new VpcdCard(socket, options.applet)));
      });
    });
  }

  /** Stop answering APDUs (a stuck card); resolves once one is left unanswered. */
  stall(): Promise<void> {
    this.isStalled = true;
    return new Promise((resolve) => this.stuckWatchers.push(resolve));
  }

  /** Pulls the card out. */
  async remove(): Promise<void> {
    this.socket.destroy();
    await this.closed;
  }

  /** Resolves when the socket closes, whoever closed it (vpcd or pcscd going away). */
  whenGone(): Promise<void> {
    return this.closed;
  }

  private handle(message: VpcdMessage): void {
    switch (message.kind) {
      case 'power-off':
      case 'power-on':
      case 'reset':
        this.applet.reset();
        return;
      case 'get-atr':
        this.socket.write(encodeVpcdFrame(cardAtr));
        return;
      case 'unknown-control':
        return; // vpcd sends no other codes today; ignoring keeps the card alive if it does
      case 'apdu':
        if (this.isStalled) {
          for (const notify of this.stuckWatchers.splice(0)) notify();
          return;
        }
        this.apduCount += 1;
        this.socket.write(encodeVpcdFrame(this.applet.process(message.apdu)));
        message.apdu.fill(0); // it may hold a PIN block
    }
  }
}
