// A virtual ID card plugged into vpcd: connecting is inserting the card, closing the
// link is pulling it out. Every APDU is answered by the same IdCardApplet the in-memory
// simulator runs.
import type { Result } from '../../result';
import type { IdCardApplet } from '../id-card-applet';
import { cardAtr } from '../id-card-profile';
import { encodeVpcdFrame, VpcdFrameReader, type VpcdMessage } from './vpcd-frames';
import { openVpcdLink, type VpcdConnectError, type VpcdLink, type VpcdTransport } from './vpcd-links';

export type { VpcdConnectError, VpcdTransport } from './vpcd-links';

/** Debian's vpcd config: reader `Virtual PCD 00 0n` waits for its card on port 35963 + n. */
export const vpcdPortForReader = (index: number): number => 35963 + index;

export interface VpcdCardOptions {
  readonly applet: IdCardApplet;
  readonly port: number;
  readonly host?: string;
  /** Default `quickack` (~0.15 ms per APDU); `net` pays vpcd's ~44 ms delayed-ACK stall. */
  readonly transport?: VpcdTransport;
}

export class VpcdCard {
  private readonly frames = new VpcdFrameReader();
  private isStalled = false;
  private stuckWatchers: (() => void)[] = [];
  /** APDUs answered so far (a count only; the bytes are never kept). */
  apduCount = 0;

  private constructor(
    private readonly link: VpcdLink,
    private readonly applet: IdCardApplet,
  ) {
    link.onData((chunk) => {
      for (const message of this.frames.push(chunk)) this.handle(message);
    });
  }

  static async connect(options: VpcdCardOptions): Promise<Result<VpcdCard, VpcdConnectError>> {
    const link = await openVpcdLink(options.transport ?? 'quickack', options.port, options.host);
    return link.ok ? { ok: true, value: new VpcdCard(link.value, options.applet) } : link;
  }

  /** Stop answering APDUs (a stuck card); resolves once one is left unanswered. */
  stall(): Promise<void> {
    this.isStalled = true;
    return new Promise((resolve) => this.stuckWatchers.push(resolve));
  }

  /** Pulls the card out. */
  async remove(): Promise<void> {
    this.link.close();
    await this.link.closed;
  }

  /** Resolves when the card is out, whoever ended it (us, vpcd, or pcscd going away). */
  whenGone(): Promise<void> {
    return this.link.closed;
  }

  private handle(message: VpcdMessage): void {
    switch (message.kind) {
      case 'power-off':
      case 'power-on':
      case 'reset':
        this.applet.reset();
        return;
      case 'get-atr':
        this.link.write(encodeVpcdFrame(cardAtr));
        return;
      case 'unknown-control':
        return; // vpcd sends no other codes today; ignoring keeps the card alive if it does
      case 'apdu':
        if (this.isStalled) {
          for (const notify of this.stuckWatchers.splice(0)) notify();
          return;
        }
        this.apduCount += 1;
        this.link.write(encodeVpcdFrame(this.applet.process(message.apdu)));
        message.apdu.fill(0); // it may hold a PIN block
    }
  }
}
