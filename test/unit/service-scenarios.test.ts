import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simConfig } from '../../electron/sim/sim-config';
import { createMemoryLogger } from '../../electron/log/logger';
import { runScenario } from '../../electron/sim/run-scenario';
import { failingServiceScenarios, serviceScenarios } from '../../electron/sim/service-scenarios';
import { htmlEchoRenderer } from './support/html-echo-renderer';

// What a person is shown at the end of the certificate, verification, licence, vehicle, travel,
// appointment and company-representative scenarios (test/unit/scenarios.test.ts checks that the
// paid ones are stored once and that the failing ones store nothing).
const config = simConfig();
const run = (id: string) => {
  const scenario = [...serviceScenarios, ...failingServiceScenarios].find((s) => s.id === id);
  if (!scenario) throw new Error(`no scenario ${id}`);
  return runScenario(scenario, config, { dataDir: mkdtempSync(join(tmpdir(), 'kiosk-service-scenario-')), logger: createMemoryLogger(), pdfRenderer: htmlEchoRenderer });
};

describe('issue-8 services: what the screen says at the end', () => {
  it('certificate: the paid certificate comes out of the A4 printer and the take-card screen says to take it', async () => {
    const summary = await run('certificate');
    expect(summary.documents).toEqual({ printed: 1, message: 'services:certificate.document-printed' });
  });

  it('document-verification: without a card, the scanned seeded certificate is genuine, with its number and holder', async () => {
    const summary = await run('document-verification');
    expect(summary.transaction).toBeNull();
    expect(summary.shown).toMatchObject({
      screen: 'info',
      info: [
        { label: { key: 'central:document.issued', values: { number: 'CRT-2026-000901' } }, status: { key: 'central:verdict.genuine' } },
        { label: { key: 'central:document.holder' } },
        { label: { key: 'central:document.dates' } },
      ],
    });
  });

  it.each([
    ['certificate-restricted', 'central:reason.security-restriction'],
    ['licence-renewal-no-eye-test', 'central:reason.eye-test-required'],
    ['licence-replacement-expired', 'central:reason.licence-expired'],
    ['vehicle-registration-no-insurance', 'central:reason.vehicle-insurance-expired'],
    ['exit-permit-permit-expired', 'central:reason.permit-expired'],
    ['company-representative-revoked', 'central:reason.no-company-permission'],
    ['company-representative-over-cap', 'central:reason.over-spending-cap'],
  ])('%s: refused with %s', async (id, reason) => {
    const summary = await run(id);
    expect(summary.steps.at(-1)?.screen).toBe('ineligible');
    expect(summary.message).toBe(reason);
  });

  it('appointment-centre-closed: Friday is refused with the reason, and Back returns to the form to choose another day', async () => {
    const summary = await run('appointment-centre-closed');
    expect(summary.steps.map((s) => s.action).slice(-3)).toEqual(['expect:ineligible', 'BACK', 'expect:form']);
    expect(summary.steps.find((s) => s.action === 'expect:ineligible')?.screen).toBe('ineligible');
  });

  it('document-verification-forged: a forged code is "not a ministry document"', async () => {
    const summary = await run('document-verification-forged');
    expect(summary.shown).toMatchObject({ screen: 'info', info: [{ status: { key: 'central:verdict.not-ministry' } }] });
  });
});
