// The reader's side of the card protocol, over any transport that can move one APDU:
// select, read the files, check authenticity, read the tries counter, verify the PIN.
// The simulator and the PC/SC driver share it; transports only supply `transmit`.
import { randomBytes, type KeyObject } from 'node:crypto';
import type { CardLogger } from './card-log';
import { err, ok, type Result } from '../result';
import * as apdu from './apdu';
import { checkCertificate, checkChallengeSignature } from './card-certificate';
import type { CardError, CardRead } from './contract';
import { fileIds, idApplicationAid, maxPinTries, pinPattern, pinToBlock } from './id-card-profile';
import { decodeIdentity } from './identity-tlv';
import { readHeader } from './tlv';

export type Transmit = (command: Uint8Array) => Promise<Result<Uint8Array, CardError>>;

export interface CardTrust {
  /** The issuing authorities' public keys: only cards one of them certified are trusted. */
  readonly issuerPublicKeys: readonly KeyObject[];
  /** Fresh per read; injectable so tests can pin it. */
  readonly makeChallenge?: () => Uint8Array;
}

type Step = 'select' | 'select-file' | 'read-binary' | 'authenticate' | 'tries' | 'verify';

const readChunk = 128;
const maxFileBytes = 2048;
const maxChainedBytes = 4096;

export class CardSession {
  constructor(
    private readonly transmit: Transmit,
    private readonly log: CardLogger,
  ) {}

  async readCard(trust: CardTrust): Promise<Result<CardRead, CardError>> {
    const selected = await this.select();
    if (!selected.ok) return selected;
    const certificate = await this.readFile(fileIds.certificate);
    if (!certificate.ok) return certificate;
    const identityFile = await this.readFile(fileIds.identity);
    if (!identityFile.ok) return identityFile;
    const cardKey = checkCertificate(certificate.value, identityFile.value, trust.issuerPublicKeys);
    if (!cardKey.ok) return this.refuse(cardKey.error.kind);
    const challenge = trust.makeChallenge?.() ?? new Uint8Array(randomBytes(32));
    const proof = await this.expect('authenticate', apdu.internalAuthenticate(challenge));
    if (!proof.ok) return proof;
    if (!checkChallengeSignature(cardKey.value, challenge, proof.value)) return this.refuse('bad-challenge-signature');
    const identity = decodeIdentity(identityFile.value);
    if (!identity.ok) {
      this.log.log('device.error', { device: 'card', error: 'unreadable', problem: identity.error.kind });
      return err({ kind: 'unreadable' });
    }
    const tries = await this.triesLeft();
    if (!tries.ok) return tries;
    return ok({ identity: identity.value, pinTriesLeft: tries.value });
  }

  /** One VERIFY; the PIN block is zeroed as soon as the card has answered. */
  async verifyPin(pin: string): Promise<Result<void, CardError>> {
    if (!pinPattern.test(pin)) return err({ kind: 'wrong-pin-length' });
    const selected = await this.select();
    if (!selected.ok) return selected;
    const block = pinToBlock(pin);
    const command = apdu.verify(block);
    block.fill(0);
    const answer = await this.transmit(command);
    command.fill(0);
    const response = this.parse('verify', answer);
    if (!response.ok) return response;
    const status = response.value.status;
    switch (status.kind) {
      case 'ok':
        return ok();
      case 'tries-left':
        return err(status.triesLeft === 0 ? { kind: 'pin-blocked' } : { kind: 'wrong-pin', triesLeft: status.triesLeft });
      case 'blocked':
        return err({ kind: 'pin-blocked' });
      case 'wrong-length':
        return err({ kind: 'wrong-pin-length' });
      default:
        return this.unexpected('verify', status.sw);
    }
  }

  private async select(): Promise<Result<void, CardError>> {
    const r = await this.expect('select', apdu.selectByAid(idApplicationAid));
    return r.ok ? ok() : r;
  }

  /** An empty VERIFY asks the counter without spending a try (7816-4 §11.5.6). */
  private async triesLeft(): Promise<Result<number, CardError>> {
    const r = this.parse('tries', await this.transmit(apdu.verify()));
    if (!r.ok) return r;
    const s = r.value.status;
    if (s.kind === 'tries-left') return ok(s.triesLeft);
    if (s.kind === 'blocked') return ok(0);
    if (s.kind === 'ok') return ok(maxPinTries); // already verified: a success resets the counter
    return this.unexpected('tries', s.sw);
  }

  /** Reads a TLV-shaped file: the first chunk's header says how much follows. */
  private async readFile(fid: number): Promise<Result<Uint8Array, CardError>> {
    const selected = await this.expect('select-file', apdu.selectFile(fid));
    if (!selected.ok) return selected;
    const first = await this.expect('read-binary', apdu.readBinary(0, readChunk));
    if (!first.ok) return first;
    const header = readHeader(first.value);
    if (!header.ok) return this.malformed('read-binary', header.error.kind);
    const total = header.value.headerLength + header.value.valueLength;
    if (total > maxFileBytes) return this.malformed('read-binary', 'oversized');
    const parts = [first.value];
    let have = first.value.length;
    while (have < total) {
      const next = await this.expect('read-binary', apdu.readBinary(have, Math.min(readChunk, total - have)));
      if (!next.ok) return next;
      if (next.value.length === 0) return this.malformed('read-binary', 'truncated');
      parts.push(next.value);
      have += next.value.length;
    }
    const file = new Uint8Array(have);
    let at = 0;
    for (const p of parts) {
      file.set(p, at);
      at += p.length;
    }
    return ok(file.subarray(0, total));
  }

  /** Sends a command that must end in 9000, following 6Cxx once and 61xx to the end. */
  private async expect(step: Step, command: Uint8Array): Promise<Result<Uint8Array, CardError>> {
    let response = this.parse(step, await this.transmit(command));
    if (response.ok && response.value.status.kind === 'wrong-le') {
      const resent = apdu.withLe(command, response.value.status.exactLe);
      if (!resent.ok) return this.malformed(step, resent.error.kind);
      response = this.parse(step, await this.transmit(resent.value));
    }
    if (!response.ok) return response;
    const chunks = [response.value.data];
    let total = response.value.data.length;
    let status = response.value.status;
    while (status.kind === 'more-data') {
      const more = this.parse(step, await this.transmit(apdu.getResponse(status.available)));
      if (!more.ok) return more;
      total += more.value.data.length;
      if (total > maxChainedBytes) return this.malformed(step, 'oversized');
      chunks.push(more.value.data);
      status = more.value.status;
    }
    if (status.kind !== 'ok') return this.unexpected(step, status.sw);
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return ok(out);
  }

  private parse(step: Step, answer: Result<Uint8Array, CardError>): Result<apdu.ResponseApdu, CardError> {
    if (!answer.ok) return answer;
    const parsed = apdu.parseResponse(answer.value);
    return parsed.ok ? parsed : this.malformed(step, parsed.error.kind);
  }

  private unexpected<T>(step: Step, sw: string): Result<T, CardError> {
    this.log.log('card.status-word', { step, sw });
    return err({ kind: 'unreadable', statusWord: sw });
  }

  private malformed<T>(step: Step, problem: string): Result<T, CardError> {
    this.log.log('device.error', { device: 'card', error: 'unreadable', step, problem });
    return err({ kind: 'unreadable' });
  }

  private refuse<T>(problem: string): Result<T, CardError> {
    this.log.log('device.error', { device: 'card', error: 'not-authentic', problem });
    return err({ kind: 'not-authentic' });
  }
}
