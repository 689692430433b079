import type { DeviceHealth, Result } from '../result';

/** What the ID card's identity file holds (TLV on the card, see card protocol). */
export interface CardIdentity {
  readonly idNumber: string; // 11 digits
  readonly nameAr: string;
  readonly nameLatin: string;
  readonly nationality: string; // ISO 3166 alpha-3
  readonly dateOfBirth: string; // YYYY-MM-DD
  readonly cardExpiry: string; // YYYY-MM-DD
  readonly role: 'resident' | 'technician';
}

export type CardError =
  | { readonly kind: 'no-card' }
  | { readonly kind: 'card-removed' }
  | { readonly kind: 'reader-unavailable' }
  | { readonly kind: 'timeout' }
  | { readonly kind: 'unreadable'; readonly statusWord?: string }
  | { readonly kind: 'wrong-pin'; readonly triesLeft: number }
  | { readonly kind: 'pin-blocked' }
  | { readonly kind: 'wrong-pin-length' }
  | { readonly kind: 'not-authentic' };

export interface CardRead {
  readonly identity: CardIdentity;
  readonly pinTriesLeft: number;
}

export type CardReaderEvent =
  | { readonly type: 'CARD.INSERTED'; readonly readerName: string }
  | { readonly type: 'CARD.REMOVED'; readonly readerName: string }
  | { readonly type: 'READER.HEALTH'; readonly health: DeviceHealth };

/**
 * One ID-card reader role. Implementations: SimulatedCardReader (in memory) and
 * PcscCardReader (pcsclite). Both run the same contract suite.
 */
export interface CardReader {
  /** Insert/remove and health events; returns the unsubscribe function. */
  subscribe(listener: (event: CardReaderEvent) => void): () => void;
  /** Connects (exclusively) if needed, checks authenticity, reads the identity file. */
  readIdentity(): Promise<Result<CardRead, CardError>>;
  /** The PIN is used for one VERIFY and not kept. */
  verifyPin(pin: string): Promise<Result<void, CardError>>;
  /** Drops the card connection between sessions. */
  release(): Promise<void>;
  health(): DeviceHealth;
  close(): Promise<void>;
}
