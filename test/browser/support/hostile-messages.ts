// A thousand things a hostile or broken client might send over the bridge socket, made
// deterministically (a fixed seed), each one of them something the bridge must refuse.
export interface HostileMessage {
  readonly data: string | Buffer;
  readonly isBinary: boolean;
}

function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

const badEvents: readonly unknown[] = [
  { type: 'PIN.DIGIT', digit: 10 },
  { type: 'PIN.DIGIT', digit: -1 },
  { type: 'PIN.DIGIT', digit: 1.5 },
  { type: 'PIN.DIGIT', digit: '7' },
  { type: 'PIN.DIGIT' },
  { type: 'LANGUAGE.CHOSEN', language: 'xx-<script>' },
  { type: 'LANGUAGE.CHOSEN' },
  { type: 'SERVICE.CHOSEN', serviceId: '../../etc/passwd' },
  { type: 'SERVICE.CHOSEN', serviceId: 'A'.repeat(65) },
  { type: 'SUBJECT.CHOSEN', index: 201 },
  { type: 'ITEM.TOGGLED', itemId: '' },
  { type: 'FIELD.CHANGED', name: 'Bad Name', value: 'x' },
  { type: 'FIELD.CHANGED', name: 'plate', value: 'x'.repeat(201) },
  { type: 'FIELD.CHANGED', name: 'plate' },
];
const unknownTypes = ['PAYMENT.APPROVED', 'CARD.INSERTED', 'KIOSK.STATUS', 'xstate.init', 'TIMEOUT', 'ACTIVITY.RESUME', '__proto__', 'pin.digit', '28412345678', ''];
const garbage = ['', ' ', 'null', 'true', '42', '"START"', '[]', '[{"type":"START"}]', '{', '{"type":', '{type:"START"}', "{'type':'START'}", '\u0000', '{"type":"START"', 'undefined'];

export function hostileMessages(count: number, seed = 7): HostileMessage[] {
  const random = seeded(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const messages: HostileMessage[] = [];
  for (let i = 0; i < count; i += 1) {
    switch (i % 6) {
      case 0:
        messages.push({ data: JSON.stringify(pick(badEvents)), isBinary: false });
        break;
      case 1:
        messages.push({ data: JSON.stringify({ type: pick(unknownTypes), digit: 1 }), isBinary: false });
        break;
      case 2:
        messages.push({ data: pick(garbage), isBinary: false });
        break;
      case 3:
        // a valid event sent as a binary frame: the bridge speaks text only
        messages.push({ data: Buffer.from(JSON.stringify({ type: 'START' })), isBinary: true });
        break;
      case 4: {
        const bytes = Buffer.alloc(1 + Math.floor(random() * 64));
        for (let b = 0; b < bytes.length; b += 1) bytes[b] = Math.floor(random() * 256);
        messages.push({ data: bytes, isBinary: true });
        break;
      }
      default:
        // too large to be any event (under the frame cap, so the socket stays open)
        messages.push({ data: JSON.stringify({ type: 'FIELD.CHANGED', name: 'address', value: 'x'.repeat(5000 + Math.floor(random() * 20_000)) }), isBinary: false });
    }
  }
  return messages;
}
