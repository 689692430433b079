// One file per kiosk, validated at start; every field has a documented default so the
// embedded config runs the whole kiosk on simulators.
import { z } from 'zod';
import { KeyMapSchema } from '../../hardware/keypad/key-map';
import { CardConfig, defaultCardConfig, isIssuerMissing, missingIssuerMessage } from './card-config';

const port = z.number().int().min(0).max(65535);

const CardReaderConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('simulated') }),
  /** Real PC/SC through pcscd; `readerName` picks one reader, else the first with a card. */
  z.object({ kind: z.literal('pcsc'), readerName: z.string().optional(), commandTimeoutMs: z.number().int().positive().default(5000) }),
]);

const ReceiptPrinterConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('simulated') }),
  z.object({ kind: z.literal('escpos-tcp'), host: z.string().default('127.0.0.1'), port: port.default(9100) }),
  z.object({ kind: z.literal('escpos-device'), path: z.string() }),
  z.object({ kind: z.literal('escpos-serial'), path: z.string(), baudRate: z.number().int().positive().default(19200) }),
]);

/** How receipts are laid out and finished (80 mm paper: 576 dots; 58 mm: 384). */
const ReceiptSettingsConfig = z.object({
  paperWidthDots: z.union([z.literal(384), z.literal(576)]).default(576),
  cut: z.enum(['full', 'partial', 'none']).default('partial'),
  feedLinesBeforeCut: z.number().int().min(0).max(20).default(4),
  density: z.number().int().min(-6).max(6).default(0),
  /** Latin receipts as code-page text (Epson WPC1252), or `none`: every receipt as an image. */
  codePage: z.enum(['wpc1252', 'none']).default('wpc1252'),
});

/** The A4 printer: a CUPS queue reached over IPP. */
const A4PrinterConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('simulated') }),
  z.object({ kind: z.literal('ipp'), printerUri: z.string().regex(/^ipps?:\/\/[^\s]+$/, 'an ipp:// or ipps:// queue address') }),
]);

/** The tactile keypad: a USB HID device and the map of its report codes to keys. */
const KeypadConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('simulated') }),
  z.object({ kind: z.literal('hid'), keyMap: KeyMapSchema, pollMs: z.number().int().min(100).default(1000) }),
]);

/** The QR / barcode scanner in serial mode (USB-CDC or RS-232). */
const ScannerConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('none') }),
  z.object({ kind: z.literal('simulated') }),
  z.object({ kind: z.literal('serial'), path: z.string().min(1), baud: z.number().int().positive().optional() }),
]);

/** The speech engine: espeak-ng in a child process, or the simulator that records utterances. */
const TtsConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('simulated'), isPrewarmed: z.boolean().default(true) }),
  z.object({
    kind: z.literal('espeak-ng'),
    command: z.string().min(1).default('espeak-ng'),
    /** Per utterance: a stuck engine must not hold a screen's speech. */
    timeoutMs: z.number().int().min(100).max(60_000).default(5_000),
    /** Render the static prompts (titles, messages, help) at start, kept in <dataDir>/speech-clips. */
    isPrewarmed: z.boolean().default(true),
  }),
]);

/** The headphone jack: personal data is spoken only while headphones are in (EN 301 549 5.1.3.13). */
const HeadphonesConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('simulated'), isPluggedIn: z.boolean().default(false) }),
  z.object({
    kind: z.literal('alsa'),
    card: z.number().int().min(0).max(31).default(0),
    /** The codec's CARD control ('Headphone Jack' on HDA codecs). */
    controlName: z.string().min(1).default('Headphone Jack'),
    pollMs: z.number().int().min(100).default(1_000),
  }),
]);

const PaymentConfig = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('simulated'), latencyMs: z.number().int().min(0).default(0) }),
]);

/** Every device role and its driver; the part of the config technicians edit (config-store.ts). */
export const DevicesConfig = z.object({
  cardReader: CardReaderConfig.default({ kind: 'simulated' }),
  receiptPrinter: ReceiptPrinterConfig.default({ kind: 'simulated' }),
  receiptSettings: ReceiptSettingsConfig.default({ paperWidthDots: 576, cut: 'partial', feedLinesBeforeCut: 4, density: 0, codePage: 'wpc1252' }),
  payment: PaymentConfig.default({ kind: 'simulated', latencyMs: 0 }),
  a4Printer: A4PrinterConfig.default({ kind: 'none' }),
  keypad: KeypadConfig.default({ kind: 'none' }),
  scanner: ScannerConfig.default({ kind: 'none' }),
  tts: TtsConfig.default({ kind: 'simulated', isPrewarmed: true }),
  headphones: HeadphonesConfig.default({ kind: 'simulated', isPluggedIn: false }),
});
export type DevicesConfig = z.infer<typeof DevicesConfig>;

const defaultDevices: DevicesConfig = {
  cardReader: { kind: 'simulated' },
  receiptPrinter: { kind: 'simulated' },
  receiptSettings: { paperWidthDots: 576, cut: 'partial', feedLinesBeforeCut: 4, density: 0, codePage: 'wpc1252' },
  payment: { kind: 'simulated', latencyMs: 0 },
  a4Printer: { kind: 'none' },
  keypad: { kind: 'none' },
  scanner: { kind: 'none' },
  tts: { kind: 'simulated', isPrewarmed: true },
  headphones: { kind: 'simulated', isPluggedIn: false },
};

export const KioskConfig = z
  .object({
    version: z.literal(1).default(1),
    kioskId: z.string().regex(/^[A-Z0-9-]{3,32}$/, 'kiosk ids are 3-32 capitals, digits or dashes').default('KIOSK-DEV-01'),
    /** Where the outbox, keys and logs live. Empty: a per-user folder chosen at start. */
    dataDir: z.string().default(''),
    central: z
      .object({
        /** `embedded` starts the central simulator in-process on a free port. */
        url: z.union([z.literal('embedded'), z.url()]).default('embedded'),
        requestTimeoutMs: z.number().int().positive().default(5000),
        /** PEM file of the one CA trusted for the central (pinned: the system's store is not used for it). */
        caFile: z.string().min(1).optional(),
        /** The embedded central serves HTTPS with a test CA made in <dataDir>/central/tls, which the kiosk pins. */
        embeddedTls: z.boolean().default(false),
      })
      .default({ url: 'embedded', requestTimeoutMs: 5000, embeddedTls: false }),
    /**
     * The languages this kiosk offers, in the order its screens list them; the first is the
     * attract screen's. Each needs its folder under locales/ and its font (checked at start).
     */
    languages: z
      .array(z.string().regex(/^[a-z]{2,3}$/))
      .min(1)
      .refine((languages) => new Set(languages).size === languages.length, 'each language once')
      .default(['ar', 'en']),
    /** Dates on screen: Gregorian, or Gregorian with the Hijri (Umm al-Qura) date beside it. */
    calendar: z.enum(['gregorian', 'gregorian-and-hijri']).default('gregorian'),
    /** Digits on Arabic screens: Latin 0-9 (as on Gulf terminals and receipts) or Arabic-Indic ٠-٩. */
    arabicDigits: z.enum(['latin', 'arabic-indic']).default('latin'),
    currency: z
      .object({ code: z.string().length(3), minorUnits: z.number().int().min(0).max(3) })
      .default({ code: 'QAR', minorUnits: 2 }),
    timeouts: z
      .object({
        idleMs: z.number().int().min(5_000).default(60_000),
        warningMs: z.number().int().min(30_000).default(30_000),
        goodbyeMs: z.number().int().min(0).default(4_000),
        /** The kiosk's own pause after each wrong PIN beyond the first, doubling each time. */
        pinRetryBaseMs: z.number().int().min(0).default(2_000),
      })
      .default({ idleMs: 60_000, warningMs: 30_000, goodbyeMs: 4_000, pinRetryBaseMs: 2_000 }),
    pin: z.object({ minLength: z.number().int().min(4).default(4), maxLength: z.number().int().max(12).default(8), isShuffled: z.boolean().default(false) }).default({ minLength: 4, maxLength: 8, isShuffled: false }),
    devices: DevicesConfig.default(defaultDevices),
    /** Which issuing authorities' ID cards are genuine (required with a real reader). */
    card: CardConfig.default(defaultCardConfig),
    /** How often the core asks devices that do not report by themselves, and tells the central. */
    health: z
      .object({
        /** The receipt printer's real-time status is asked this often (paper out, cover open…). */
        printerPollMs: z.number().int().min(100).default(5_000),
        /** A heartbeat (device health, queue depth, version) goes to the central this often. */
        heartbeatMs: z.number().int().min(1_000).default(30_000),
        /** Health changes kept for the diagnostics bundle. */
        historySize: z.number().int().min(10).max(10_000).default(500),
      })
      .default({ printerPollMs: 5_000, heartbeatMs: 30_000, historySize: 500 }),
    /** Technician mode: where discovery looks and how long device tests wait. */
    maintenance: z
      .object({
        /** Network receipt printers to probe (raw ESC/POS, usually port 9100). */
        tcpPrinterProbes: z.array(z.object({ host: z.string().min(1), port })).max(64).default([{ host: '127.0.0.1', port: 9100 }]),
        probeTimeoutMs: z.number().int().min(50).max(10_000).default(500),
        /** How long PC/SC and HID discovery listen before answering. */
        discoveryMs: z.number().int().min(100).max(10_000).default(1_500),
        /** A keypad or scanner test waits this long for a press or a code. */
        deviceTestMs: z.number().int().min(1_000).max(120_000).default(20_000),
        /** Receipts a full roll is good for, for the paper counter's estimate. */
        receiptsPerRoll: z.number().int().min(10).max(100_000).default(400),
        /** The CUPS server whose queues are offered for the A4 printer (host:port). */
        cupsServer: z.string().min(1).default('localhost:631'),
      })
      .default({ tcpPrinterProbes: [{ host: '127.0.0.1', port: 9100 }], probeTimeoutMs: 500, discoveryMs: 1_500, deviceTestMs: 20_000, receiptsPerRoll: 400, cupsServer: 'localhost:631' }),
    sync: z
      .object({
        intervalMs: z.number().int().positive().default(2_000),
        batchSize: z.number().int().min(1).max(500).default(50),
        /** Synced rows (personal data sealed) are deleted this many days after the central acknowledged them. */
        retentionDays: z.number().int().min(1).max(3650).default(30),
        /** A dead row's payment the terminal cannot reach for this long is refunded through the central instead. */
        refundTerminalGraceMs: z.number().int().min(0).default(24 * 60 * 60_000),
      })
      .default({ intervalMs: 2_000, batchSize: 50, retentionDays: 30, refundTerminalGraceMs: 24 * 60 * 60_000 }),
    /** Paid A4 documents (certificates) that do not print at once. */
    documents: z
      // strict: a misspelt wait would otherwise be dropped silently and the default used
      .strictObject({
        /** How long a person may wait at the kiosk for staff to reload paper or clear a jam before being asked to choose reprint or post. */
        printerWaitMs: z.number().int().min(5_000).max(30 * 60_000).default(180_000),
      })
      .default({ printerWaitMs: 180_000 }),
    /** The file log in <dataDir>/logs: rotated at maxBytes, maxFiles older files kept. */
    logs: z
      .object({
        level: z.enum(['debug', 'info', 'warn', 'error']).default('info'),
        maxBytes: z.number().int().min(10_000).default(5_000_000),
        maxFiles: z.number().int().min(1).max(50).default(5),
      })
      .default({ level: 'info', maxBytes: 5_000_000, maxFiles: 5 }),
    /** The Electron shell: lockdown and recovery. DevTools never open in a packaged build. */
    shell: z
      .object({
        isKiosk: z.boolean().default(true),
        devTools: z.boolean().default(false),
        /** No heartbeat from the renderer for this long: it is reloaded into a clean attract screen. */
        rendererHangMs: z.number().int().min(3_000).default(15_000),
      })
      .default({ isKiosk: true, devTools: false, rendererHangMs: 15_000 }),
    /** Self-updates from a generic server; off without a URL. Applied only between sessions. */
    updates: z
      .object({
        url: z.url({ protocol: /^https?$/ }).optional(),
        /** PEM Ed25519 public key: each update's sha512 must carry a signature made by its private key. */
        publicKeyPem: z.string().optional(),
        checkIntervalMs: z.number().int().min(60_000).default(3_600_000),
      })
      .refine((u) => u.url === undefined || u.publicKeyPem !== undefined, { message: 'updates.url needs updates.publicKeyPem', path: ['publicKeyPem'] })
      .default({ checkIntervalMs: 3_600_000 }),
  })
  .strict()
  .superRefine((config, ctx) => {
    if (isIssuerMissing(config.devices.cardReader.kind, config.card)) ctx.addIssue({ code: 'custom', path: ['card', 'trustedIssuers'], message: missingIssuerMessage });
  });

export type KioskConfig = z.infer<typeof KioskConfig>;
export type KioskConfigInput = z.input<typeof KioskConfig>;
