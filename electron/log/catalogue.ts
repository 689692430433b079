// One catalogue of log event ids (STYLE.md "Logs hold no personal data"): every line a
// component writes names one of these, with its level and what it means.
export const logEvents = {
  'kiosk.started': { level: 'info', meaning: 'the kiosk core is up; devices and sync chosen' },
  'kiosk.stopped': { level: 'info', meaning: 'the kiosk core shut down cleanly' },
  'config.refused': { level: 'error', meaning: 'the config file failed validation; field named' },
  'session.event': { level: 'debug', meaning: 'a machine event, by type only' },
  'session.state': { level: 'info', meaning: 'the session entered a screen' },
  'bridge.event-refused': { level: 'warn', meaning: 'a renderer message failed the schema, token or origin check' },
  'bridge.client-connected': { level: 'info', meaning: 'a renderer attached to the bridge' },
  'device.health': { level: 'info', meaning: 'a device changed health' },
  'device.error': { level: 'warn', meaning: 'a device call failed with a typed error' },
  'card.status-word': { level: 'warn', meaning: 'the card answered an unexpected status word (SW only)' },
  'payment.outcome': { level: 'info', meaning: 'the terminal answered an authorisation' },
  'payment.reversal': { level: 'warn', meaning: 'a payment was reversed or a reversal failed' },
  'outbox.transition': { level: 'info', meaning: 'a transaction row changed state' },
  'sync.batch': { level: 'info', meaning: 'a sync batch was sent; counts and outcome' },
  'sync.error': { level: 'warn', meaning: 'a sync attempt failed with a typed error' },
  'central.request': { level: 'debug', meaning: 'the central simulator answered a request (path class and status)' },
  'printer.job': { level: 'info', meaning: 'a receipt job finished or failed' },
  'service.refused': { level: 'warn', meaning: 'a service definition failed validation and was left out' },
} as const satisfies Record<string, { level: 'debug' | 'info' | 'warn' | 'error'; meaning: string }>;

export type LogEventId = keyof typeof logEvents;
