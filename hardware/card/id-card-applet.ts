// The ID card's side: a pure APDU-in / APDU-out state machine. The in-memory simulator
// and the vpcd virtual card both run this one class, so they cannot drift apart.
import { sign, type KeyObject } from 'node:crypto';
import { decodeCommand, encodeResponse, Ins, type CommandApdu } from './apdu';
import { fileIds, idApplicationAid, maxPinTries, pinBlockLength, pinToBlock } from './id-card-profile';

/** GET RESPONSE hands out at most this much per call, so readers must chain (61xx). */
const responseChunk = 48;

const SW = {
  ok: 0x9000,
  wrongLength: 0x6700,
  securityNotSatisfied: 0x6982,
  blocked: 0x6983,
  conditionsNotSatisfied: 0x6985,
  fileNotFound: 0x6a82,
  wrongP1P2: 0x6b00,
  insNotSupported: 0x6d00,
  claNotSupported: 0x6e00,
  noDiagnosis: 0x6f00,
} as const;

export interface IdCardContents {
  readonly identityFile: Uint8Array;
  readonly certificate: Uint8Array;
  readonly privateKey: KeyObject;
  readonly pin: string;
  readonly pinTriesLeft: number;
  /** A damaged chip: answers every command with 6F00. */
  readonly isUnreadable?: boolean;
}

export class IdCardApplet {
  private readonly files: ReadonlyMap<number, Uint8Array>;
  private readonly pinBlock: Uint8Array;
  private triesLeft: number;
  private isSelected = false;
  private currentFile: Uint8Array | undefined;
  private isPinVerified = false;
  private pending: Uint8Array = new Uint8Array(0);

  constructor(private readonly contents: IdCardContents) {
    this.files = new Map([
      [fileIds.identity, contents.identityFile],
      [fileIds.certificate, contents.certificate],
    ]);
    this.pinBlock = pinToBlock(contents.pin);
    this.triesLeft = contents.pinTriesLeft;
  }

  /** Power cycle or warm reset: volatile state goes, the tries counter stays (it is EEPROM). */
  reset(): void {
    this.isSelected = false;
    this.currentFile = undefined;
    this.isPinVerified = false;
    this.pending = new Uint8Array(0);
  }

  get pinTriesLeft(): number {
    return this.triesLeft;
  }

  process(apdu: Uint8Array): Uint8Array {
    if (this.contents.isUnreadable) return sw(SW.noDiagnosis);
    const decoded = decodeCommand(apdu);
    if (!decoded.ok) return sw(SW.wrongLength);
    const c = decoded.value;
    if (c.cla !== 0x00) return sw(SW.claNotSupported);
    if (c.ins !== Ins.getResponse) this.pending = new Uint8Array(0); // any other command drops what was left
    switch (c.ins) {
      case Ins.select:
        return this.select(c);
      case Ins.getResponse:
        return this.getResponse(c);
      default:
        if (!this.isSelected) return sw(SW.conditionsNotSatisfied);
    }
    switch (c.ins) {
      case Ins.readBinary:
        return this.readBinary(c);
      case Ins.verify:
        return this.verify(c);
      case Ins.internalAuthenticate:
        return this.internalAuthenticate(c);
      default:
        return sw(SW.insNotSupported);
    }
  }

  private select(c: CommandApdu): Uint8Array {
    if (c.p1 === 0x04) {
      const isOurs = c.data.length === idApplicationAid.length && c.data.every((b, i) => b === idApplicationAid[i]);
      if (!isOurs) return sw(SW.fileNotFound);
      this.isSelected = true;
      this.currentFile = undefined;
      return sw(SW.ok);
    }
    if (c.p1 === 0x02 && this.isSelected) {
      if (c.data.length !== 2) return sw(SW.wrongLength);
      this.currentFile = this.files.get(((c.data[0] ?? 0) << 8) | (c.data[1] ?? 0));
      return sw(this.currentFile ? SW.ok : SW.fileNotFound);
    }
    return sw(SW.fileNotFound);
  }

  /** Le beyond the end of the file answers 6Cxx with what is left (T=0 manners, on purpose). */
  private readBinary(c: CommandApdu): Uint8Array {
    const file = this.currentFile;
    if (!file) return sw(SW.conditionsNotSatisfied);
    if (c.p1 & 0x80) return sw(SW.wrongP1P2); // short-EF addressing: not offered
    const offset = (c.p1 << 8) | c.p2;
    if (offset >= file.length) return sw(SW.wrongP1P2);
    const left = file.length - offset;
    const le = c.le ?? 256;
    if (le > left) return sw(0x6c00 | (left & 0xff));
    return encodeResponse(file.subarray(offset, offset + le), SW.ok);
  }

  private verify(c: CommandApdu): Uint8Array {
    if (this.triesLeft === 0) return sw(SW.blocked);
    if (c.data.length === 0) return sw(this.isPinVerified ? SW.ok : 0x63c0 | this.triesLeft);
    if (c.data.length !== pinBlockLength) return sw(SW.wrongLength);
    let diff = 0;
    for (let i = 0; i < pinBlockLength; i++) diff |= (c.data[i] ?? 0) ^ (this.pinBlock[i] ?? 0); // no early exit
    if (diff === 0) {
      this.triesLeft = maxPinTries;
      this.isPinVerified = true;
      return sw(SW.ok);
    }
    this.triesLeft -= 1;
    this.isPinVerified = false;
    return sw(0x63c0 | this.triesLeft);
  }

  /** The signature goes out through GET RESPONSE, as a T=0 card would hand it. */
  private internalAuthenticate(c: CommandApdu): Uint8Array {
    if (c.data.length < 16 || c.data.length > 64) return sw(SW.wrongLength);
    this.pending = new Uint8Array(sign(null, c.data, this.contents.privateKey));
    return sw(0x6100 | (this.pending.length & 0xff));
  }

  private getResponse(c: CommandApdu): Uint8Array {
    if (this.pending.length === 0) return sw(SW.conditionsNotSatisfied);
    const n = Math.min(c.le ?? 256, responseChunk, this.pending.length);
    const out = this.pending.slice(0, n);
    this.pending = this.pending.slice(n);
    const left = this.pending.length;
    return encodeResponse(out, left ? 0x6100 | (left > 255 ? 0 : left) : SW.ok);
  }
}

function sw(word: number): Uint8Array {
  return encodeResponse(new Uint8Array(0), word);
}
