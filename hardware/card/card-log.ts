// The slice of the kiosk logger (electron/log/logger.ts) the card code uses, declared here
// because the layout lint forbids hardware/ from importing anything under electron/.
// The kiosk's Logger satisfies it structurally. Fields carry status words and error
// kinds only: never a PIN, an identity field or an APDU.
export type CardLogEvent = 'card.status-word' | 'device.error' | 'device.health';

export interface CardLogger {
  log(event: CardLogEvent, fields: Readonly<Record<string, string | number | boolean>>): void;
}

export const silentCardLogger: CardLogger = { log() {} };
