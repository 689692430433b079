// Technician mode, opened by a technician's ID card (role on the card, PIN verified, card
// authenticated: the session machine checks all three). Pure: every look at a device, the
// disk, the outbox or the log is an actor the kiosk core provides, so tests walk it on fakes.
import { assign, fromPromise, setup } from 'xstate';
import type {
  DeviceDraft,
  DeviceOption,
  DevicesState,
  DeviceTestResult,
  DiagnosticsExport,
  Discovery,
  LogLine,
  OutboxSummary,
  PaperRoll,
  ReadinessReport,
  SaveOutput,
  TechnicianEvent,
  TechnicianOutput,
  TechPage,
  TechRole,
  TechText,
} from './technician-types';

function notProvided(name: string) {
  return () => Promise.reject(new Error(`technician: actor "${name}" was not provided`));
}

export interface TechnicianContext {
  page: TechPage;
  current: DevicesState | undefined;
  draft: DeviceDraft | undefined;
  role: TechRole | undefined;
  discovery: Discovery | undefined;
  tests: Partial<Record<TechRole, DeviceTestResult>>;
  notice: TechText | undefined;
  outbox: OutboxSummary | undefined;
  logs: readonly LogLine[];
  paper: PaperRoll | undefined;
  readiness: ReadinessReport | undefined;
  diagnostics: DiagnosticsExport | undefined;
}

const text = (key: string, values: Record<string, string | number> = {}): TechText => ({ key, values });

/** The draft with one role given another device. */
function assigned(draft: DeviceDraft, role: TechRole, option: DeviceOption): DeviceDraft {
  return { ...draft, assignments: { ...draft.assignments, [role]: option } };
}

const busy = { tags: ['busy'] };

const settingValues = { paperWidthDots: ['384', '576'], codePage: ['wpc1252', 'none'] } as const;
const isSettingValue = (name: keyof typeof settingValues, value: string): boolean => (settingValues[name] as readonly string[]).includes(value);

export const technicianMachine = setup({
  types: { context: {} as TechnicianContext, events: {} as TechnicianEvent | { type: 'BACK' }, output: {} as TechnicianOutput },
  actors: {
    loadDevices: fromPromise<DevicesState>(notProvided('loadDevices')),
    discoverDevices: fromPromise<Discovery, { role: TechRole }>(notProvided('discoverDevices')),
    testDevice: fromPromise<DeviceTestResult, { role: TechRole; option: DeviceOption; draft: DeviceDraft }>(notProvided('testDevice')),
    saveConfig: fromPromise<SaveOutput, { draft: DeviceDraft }>(notProvided('saveConfig')),
    loadOutbox: fromPromise<OutboxSummary>(notProvided('loadOutbox')),
    retrySync: fromPromise<void>(notProvided('retrySync')),
    acknowledgeSalvage: fromPromise<void>(notProvided('acknowledgeSalvage')),
    loadLogs: fromPromise<readonly LogLine[]>(notProvided('loadLogs')),
    loadPaper: fromPromise<PaperRoll>(notProvided('loadPaper')),
    resetPaper: fromPromise<PaperRoll>(notProvided('resetPaper')),
    runReadiness: fromPromise<ReadinessReport>(notProvided('runReadiness')),
    exportDiagnostics: fromPromise<DiagnosticsExport>(notProvided('exportDiagnostics')),
    restartApp: fromPromise<void>(notProvided('restartApp')),
  },
  actions: {
    clearNotice: assign({ notice: undefined }),
    failed: assign({ notice: () => text('notice.failed') }),
  },
}).createMachine({
  id: 'technician',
  initial: 'loading',
  context: {
    page: 'home',
    current: undefined,
    draft: undefined,
    role: undefined,
    discovery: undefined,
    tests: {},
    notice: undefined,
    outbox: undefined,
    logs: [],
    paper: undefined,
    readiness: undefined,
    diagnostics: undefined,
  },
  on: { 'TECH.EXIT': '.done' },
  states: {
    loading: {
      ...busy,
      invoke: {
        src: 'loadDevices',
        onDone: { actions: assign({ current: ({ event }) => event.output, draft: ({ event }) => ({ assignments: event.output.assignments, receiptSettings: event.output.receiptSettings }) }), target: 'home' },
        onError: { actions: 'failed', target: 'home' },
      },
    },
    home: {
      entry: assign({ page: 'home' }),
      on: {
        'TECH.OPEN': [
          { guard: ({ event }) => event.page === 'devices', actions: 'clearNotice', target: 'devices' },
          { guard: ({ event }) => event.page === 'outbox', actions: 'clearNotice', target: 'outbox' },
          { guard: ({ event }) => event.page === 'logs', actions: 'clearNotice', target: 'logs' },
          { guard: ({ event }) => event.page === 'paper', actions: 'clearNotice', target: 'paper' },
          { guard: ({ event }) => event.page === 'readiness', actions: 'clearNotice', target: 'readiness' },
          { guard: ({ event }) => event.page === 'diagnostics', actions: 'clearNotice', target: 'diagnostics' },
          { guard: ({ event }) => event.page === 'restart', actions: 'clearNotice', target: 'restart' },
        ],
      },
    },
    devices: {
      entry: assign({ page: 'devices', role: undefined, discovery: undefined }),
      on: {
        'TECH.ROLE': { guard: ({ context }) => context.draft !== undefined, actions: [assign({ role: ({ event }) => event.role }), 'clearNotice'], target: 'device' },
        'TECH.SAVE': { guard: ({ context }) => context.draft !== undefined, target: 'saving' },
        'TECH.OPEN': { guard: ({ event }) => event.page === 'restart', target: 'restart' },
        BACK: { actions: 'clearNotice', target: 'home' },
      },
    },
    device: {
      entry: assign({ page: 'device' }),
      initial: 'idle',
      on: { BACK: 'devices' },
      states: {
        idle: {
          on: {
            'TECH.DISCOVER': 'discovering',
            'TECH.TEST': 'testing',
            'TECH.CHOOSE': {
              guard: ({ context, event }) => context.discovery?.options[event.index] !== undefined,
              actions: assign(({ context, event }) => {
                const option = context.discovery?.options[event.index];
                if (!option || !context.draft || !context.role) return {};
                const { [context.role]: _old, ...tests } = context.tests; // a new device has not been tested yet
                return { draft: assigned(context.draft, context.role, option), tests };
              }),
            },
            'TECH.SETTING': {
              guard: ({ context, event }) => context.role === 'receipt-printer' && context.draft !== undefined && isSettingValue(event.name, event.value),
              actions: assign({
                draft: ({ context, event }) => {
                  const draft = context.draft as DeviceDraft;
                  const settings =
                    event.name === 'paperWidthDots'
                      ? { ...draft.receiptSettings, paperWidthDots: Number(event.value) as 384 | 576 }
                      : { ...draft.receiptSettings, codePage: event.value as 'wpc1252' | 'none' };
                  return { ...draft, receiptSettings: settings };
                },
              }),
            },
          },
        },
        discovering: {
          ...busy,
          invoke: {
            src: 'discoverDevices',
            input: ({ context }) => ({ role: context.role as TechRole }),
            onDone: { actions: assign({ discovery: ({ event }) => event.output }), target: 'idle' },
            onError: { actions: [assign({ discovery: { options: [], problems: ['problem.internal'] } })], target: 'idle' },
          },
        },
        testing: {
          ...busy,
          invoke: {
            src: 'testDevice',
            input: ({ context }) => {
              const draft = context.draft as DeviceDraft;
              const role = context.role as TechRole;
              return { role, option: draft.assignments[role], draft };
            },
            onDone: { actions: assign({ tests: ({ context, event }) => ({ ...context.tests, [context.role as TechRole]: event.output }) }), target: 'idle' },
            onError: { actions: assign({ tests: ({ context }) => ({ ...context.tests, [context.role as TechRole]: { outcome: 'failed' as const, detail: text('test.internal') } }) }), target: 'idle' },
          },
        },
      },
    },
    saving: {
      ...busy,
      invoke: {
        src: 'saveConfig',
        input: ({ context }) => ({ draft: context.draft as DeviceDraft }),
        onDone: [
          {
            guard: ({ event }) => event.output.ok,
            actions: assign(({ context, event }) => {
              const revision = event.output.ok ? event.output.revision : 0;
              return { notice: text('notice.saved', { revision }), current: context.current && context.draft ? { ...context.current, ...context.draft, revision } : context.current };
            }),
            target: 'devices',
          },
          { actions: assign({ notice: ({ event }) => (event.output.ok ? undefined : text('notice.refused', { field: event.output.field, message: event.output.message })) }), target: 'devices' },
        ],
        onError: { actions: 'failed', target: 'devices' },
      },
    },
    outbox: {
      entry: assign({ page: 'outbox' }),
      initial: 'loading',
      on: { BACK: 'home' },
      states: {
        loading: { ...busy, invoke: { src: 'loadOutbox', onDone: { actions: assign({ outbox: ({ event }) => event.output }), target: 'showing' }, onError: { actions: 'failed', target: 'showing' } } },
        showing: { on: { 'TECH.RETRY_SYNC': 'retrying', 'TECH.ACK_SALVAGE': 'acknowledging' } },
        acknowledging: { ...busy, invoke: { src: 'acknowledgeSalvage', onDone: { actions: assign({ notice: text('notice.salvage-acknowledged') }), target: 'loading' }, onError: { actions: 'failed', target: 'loading' } } },
        retrying: { ...busy, invoke: { src: 'retrySync', onDone: { actions: assign({ notice: text('notice.sync-tried') }), target: 'loading' }, onError: { actions: 'failed', target: 'loading' } } },
      },
    },
    logs: {
      entry: assign({ page: 'logs' }),
      initial: 'loading',
      on: { BACK: 'home' },
      states: {
        loading: { ...busy, invoke: { src: 'loadLogs', onDone: { actions: assign({ logs: ({ event }) => event.output }), target: 'showing' }, onError: { actions: 'failed', target: 'showing' } } },
        showing: {},
      },
    },
    paper: {
      entry: assign({ page: 'paper' }),
      initial: 'loading',
      on: { BACK: 'home' },
      states: {
        loading: { ...busy, invoke: { src: 'loadPaper', onDone: { actions: assign({ paper: ({ event }) => event.output }), target: 'showing' }, onError: { actions: 'failed', target: 'showing' } } },
        showing: { on: { 'TECH.PAPER_RESET': 'resetting' } },
        resetting: { ...busy, invoke: { src: 'resetPaper', onDone: { actions: assign({ paper: ({ event }) => event.output, notice: text('notice.paper-reset') }), target: 'showing' }, onError: { actions: 'failed', target: 'showing' } } },
      },
    },
    readiness: {
      entry: assign({ page: 'readiness' }),
      initial: 'idle',
      on: { BACK: 'home' },
      states: {
        idle: { on: { 'TECH.READINESS': 'running' } },
        running: { ...busy, invoke: { src: 'runReadiness', onDone: { actions: assign({ readiness: ({ event }) => event.output }), target: 'idle' }, onError: { actions: 'failed', target: 'idle' } } },
      },
    },
    diagnostics: {
      entry: assign({ page: 'diagnostics' }),
      initial: 'idle',
      on: { BACK: 'home' },
      states: {
        idle: { on: { 'TECH.EXPORT': 'exporting' } },
        exporting: { ...busy, invoke: { src: 'exportDiagnostics', onDone: { actions: assign({ diagnostics: ({ event }) => event.output }), target: 'idle' }, onError: { actions: 'failed', target: 'idle' } } },
      },
    },
    restart: {
      entry: assign({ page: 'restart' }),
      initial: 'confirming',
      on: { BACK: 'home' },
      states: {
        confirming: { on: { 'TECH.RESTART': 'restarting' } },
        // the shell ends the process; nothing follows in this machine
        restarting: { ...busy, invoke: { src: 'restartApp', onError: { actions: 'failed', target: 'confirming' } } },
      },
    },
    done: { type: 'final' },
  },
  output: () => ({ kind: 'exit' as const }),
});

export type TechnicianMachine = typeof technicianMachine;
