// systemd-analyze cannot run here (no systemd): the units are checked with a small parser
// against the directives systemd documents, and the install script is run against stand-in
// system commands under a temporary root.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { chmodSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig } from '../electron/config/load-config';

const linuxDir = fileURLToPath(new URL('./linux/', import.meta.url));
const read = (name: string): string => readFileSync(join(linuxDir, name), 'utf8');

type Unit = Map<string, Map<string, string[]>>;

/** systemd's INI dialect: [Section], Key=Value, # and ; comments, repeated keys accumulate. */
function parseUnit(text: string): Unit {
  const unit: Unit = new Map();
  let section: Map<string, string[]> | undefined;
  text.split('\n').forEach((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#') || line.startsWith(';')) return;
    const header = /^\[([A-Za-z]+)\]$/.exec(line);
    if (header?.[1]) {
      section = new Map();
      unit.set(header[1], section);
      return;
    }
    const pair = /^([A-Za-z][A-Za-z0-9]*)=(.*)$/.exec(line);
    if (!pair?.[1] || pair[2] === undefined || section === undefined) throw new Error(`line ${index + 1}: not a Key=Value inside a section: ${line}`);
    section.set(pair[1], [...(section.get(pair[1]) ?? []), pair[2]]);
  });
  return unit;
}

const one = (unit: Unit, section: string, key: string): string => {
  const values = unit.get(section)?.get(key);
  if (values?.length !== 1 || values[0] === undefined) throw new Error(`[${section}] ${key}: expected one value, got ${JSON.stringify(values)}`);
  return values[0];
};

// The directives these files use, where systemd.unit(5), systemd.service(5), systemd.exec(5),
// systemd.kill(5), systemd.timer(5) and logind.conf(5) put them: a typo or a key in the
// wrong section fails here as systemd-analyze verify would warn.
const knownKeys: Readonly<Record<string, readonly string[]>> = {
  Unit: ['Description', 'Documentation', 'After', 'Before', 'Wants', 'Requires', 'Conflicts', 'ConditionPathExists', 'StartLimitIntervalSec', 'StartLimitBurst', 'OnFailure'],
  Service: ['Type', 'User', 'Group', 'PAMName', 'TTYPath', 'TTYReset', 'TTYVHangup', 'TTYVTDisallocate', 'StandardInput', 'StandardOutput', 'StandardError', 'UtmpIdentifier', 'UtmpMode', 'Environment', 'ExecStart', 'Restart', 'RestartSec', 'RestartSteps', 'RestartMaxDelaySec', 'TimeoutStopSec', 'ProtectSystem', 'ProtectHome', 'ReadWritePaths', 'PrivateTmp'],
  Install: ['WantedBy'],
  Timer: ['OnActiveSec', 'AccuracySec', 'Unit', 'RemainAfterElapse'],
  Login: ['NAutoVTs', 'ReserveVT'],
};

const seconds = (value: string): number => {
  const match = /^(\d+)(s|min)?$/.exec(value);
  if (!match?.[1]) throw new Error(`not a time span: ${value}`);
  return Number(match[1]) * (match[2] === 'min' ? 60 : 1);
};

describe('the Linux kiosk session units', () => {
  const files = ['moi-kiosk.service', 'moi-kiosk-retry.service', 'moi-kiosk-retry.timer', 'logind-moi-kiosk.conf'];

  it.each(files)('%s parses and uses only directives systemd knows, in their sections', (file) => {
    const unit = parseUnit(read(file));
    expect(unit.size).toBeGreaterThan(0);
    for (const [section, keys] of unit) {
      expect(Object.keys(knownKeys), `section [${section}] in ${file}`).toContain(section);
      for (const key of keys.keys()) expect(knownKeys[section], `${key}= in [${section}] of ${file}`).toContain(key);
    }
  });

  it('runs the app alone under cage, as the kiosk user, on tty1, with a logind session and no VT switching', () => {
    const unit = parseUnit(read('moi-kiosk.service'));
    const exec = one(unit, 'Service', 'ExecStart');
    expect(exec).toMatch(/^\/usr\/bin\/cage (-\w+ )*-- \/usr\/bin\/moi-kiosk\b/);
    expect(exec.split(' -- ')[0]?.split(' ')).not.toContain('-s');
    expect(one(unit, 'Service', 'User')).toBe('kiosk');
    expect(one(unit, 'Service', 'TTYPath')).toBe('/dev/tty1');
    expect(one(unit, 'Unit', 'Conflicts')).toBe('getty@tty1.service');
    expect(existsSync(join(linuxDir, 'pam.d', one(unit, 'Service', 'PAMName')))).toBe(true);
    expect(read('pam.d/moi-kiosk')).toMatch(/^session\s+required\s+pam_systemd\.so$/m);
    expect(one(unit, 'Service', 'Environment')).toBe('KIOSK_CONFIG=/etc/moi-kiosk/config.json');
    expect(one(unit, 'Install', 'WantedBy')).toBe('graphical.target');
  });

  it('restarts whatever the exit, backs off, and after a crash loop cools down and tries again', () => {
    const unit = parseUnit(read('moi-kiosk.service'));
    expect(one(unit, 'Service', 'Restart')).toBe('always');
    expect(seconds(one(unit, 'Service', 'RestartSec'))).toBeGreaterThanOrEqual(1);
    expect(seconds(one(unit, 'Service', 'RestartMaxDelaySec'))).toBeGreaterThan(seconds(one(unit, 'Service', 'RestartSec')));
    const burst = Number(one(unit, 'Unit', 'StartLimitBurst'));
    const interval = seconds(one(unit, 'Unit', 'StartLimitIntervalSec'));
    expect(burst).toBeGreaterThan(1);
    // The limit must be reachable: burst restarts at the shortest delay fit inside the interval.
    expect(burst * seconds(one(unit, 'Service', 'RestartSec'))).toBeLessThan(interval);
    expect(one(unit, 'Unit', 'OnFailure')).toBe('moi-kiosk-retry.timer');
    const timer = parseUnit(read('moi-kiosk-retry.timer'));
    expect(one(timer, 'Timer', 'Unit')).toBe('moi-kiosk-retry.service');
    expect(seconds(one(timer, 'Timer', 'OnActiveSec'))).toBeGreaterThanOrEqual(60);
    const retry = parseUnit(read('moi-kiosk-retry.service'));
    expect(retry.get('Service')?.get('ExecStart')).toEqual(['/usr/bin/systemctl reset-failed moi-kiosk.service', '/usr/bin/systemctl start --no-block moi-kiosk.service']);
  });

  it('leaves no spare text console to switch to', () => {
    const logind = parseUnit(read('logind-moi-kiosk.conf'));
    expect(one(logind, 'Login', 'NAutoVTs')).toBe('0');
    expect(one(logind, 'Login', 'ReserveVT')).toBe('0');
  });

  it('ships a config template that passes the kiosk config schema once the ministry\'s card issuer key is filled in, and refuses to start naming that field until then', () => {
    const template = JSON.parse(read('config.json')) as { card: { trustedIssuers: string[] } };
    expect(parseConfig(template)).toMatchObject({ ok: false, error: { field: 'card.trustedIssuers' } });
    const issuerPem = generateKeyPairSync('ed25519').publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const result = parseConfig({ ...template, card: { trustedIssuers: [issuerPem] } });
    expect(result).toMatchObject({ ok: true, value: { dataDir: '/var/lib/moi-kiosk/data', shell: { isKiosk: true, devTools: false } } });
  });

  it('rejects a malformed line (the parser is strict)', () => {
    expect(() => parseUnit('[Service]\nRestart always\n')).toThrow(/line 2/);
  });
});

describe('the install script', () => {
  let work: string;
  let calls: string[];

  /** Stand-ins for the system commands: each logs its arguments; install drops owners. */
  function fakeBin(dir: string): void {
    mkdirSync(dir, { recursive: true });
    const logger = (name: string, extra = 'exit 0') => `#!/usr/bin/env bash\necho "${name} $*" >> "$CALLS"\n${extra}\n`;
    writeFileSync(join(dir, 'apt-get'), logger('apt-get'));
    writeFileSync(join(dir, 'systemctl'), logger('systemctl'));
    writeFileSync(join(dir, 'useradd'), logger('useradd'));
    writeFileSync(join(dir, 'getent'), logger('getent', '[[ "$2" == video || "$2" == input ]]'));
    writeFileSync(join(dir, 'id'), logger('id', '[[ "$1" == -u && -z "$2" ]] && echo 0 && exit 0; exit 1'));
    writeFileSync(
      join(dir, 'install'),
      logger('install', 'args=(); while (($#)); do case "$1" in -o|-g) shift 2;; *) args+=("$1"); shift;; esac; done; exec /usr/bin/install "${args[@]}"'),
    );
    for (const name of ['apt-get', 'systemctl', 'useradd', 'getent', 'id', 'install']) chmodSync(join(dir, name), 0o755);
  }

  function run(packageName: string): string {
    const packagePath = join(work, packageName);
    writeFileSync(packagePath, 'package bytes');
    return execFileSync('bash', [join(linuxDir, 'install.sh'), packagePath], {
      encoding: 'utf8',
      env: { ...process.env, PATH: `${join(work, 'bin')}:${process.env.PATH ?? ''}`, KIOSK_ROOT: join(work, 'root'), CALLS: join(work, 'calls.log') },
    });
  }

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'kiosk-install-'));
    fakeBin(join(work, 'bin'));
    run('moi-kiosk_0.1.0_amd64.deb');
    calls = readFileSync(join(work, 'calls.log'), 'utf8').trim().split('\n');
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('is valid bash', () => {
    expect(() => execFileSync('bash', ['-n', join(linuxDir, 'install.sh')])).not.toThrow();
  });

  it('creates the kiosk user: system account, no shell, home in the state folder, only groups that exist', () => {
    const useradd = calls.find((c) => c.startsWith('useradd '));
    expect(useradd).toBeDefined();
    expect(useradd).toMatch(/--system/);
    expect(useradd).toMatch(/--shell \/usr\/sbin\/nologin/);
    expect(useradd).toMatch(/--home-dir \/var\/lib\/moi-kiosk/);
    expect(useradd).toMatch(/--groups video,input /);
    expect(useradd?.endsWith(' kiosk')).toBe(true);
  });

  it('installs cage, pcscd and the package through apt', () => {
    expect(calls).toContain('apt-get install -y --no-install-recommends cage pcscd');
    expect(calls.some((c) => c.startsWith('apt-get install -y /') && c.endsWith('moi-kiosk_0.1.0_amd64.deb'))).toBe(true);
  });

  it('installs the units, the PAM stack, the logind drop-in and the config template', () => {
    const root = join(work, 'root');
    for (const file of ['etc/systemd/system/moi-kiosk.service', 'etc/systemd/system/moi-kiosk-retry.service', 'etc/systemd/system/moi-kiosk-retry.timer', 'etc/pam.d/moi-kiosk', 'etc/systemd/logind.conf.d/moi-kiosk.conf']) {
      expect(existsSync(join(root, file)), file).toBe(true);
    }
    expect(readFileSync(join(root, 'etc/systemd/system/moi-kiosk.service'), 'utf8')).toBe(read('moi-kiosk.service'));
    expect(statSync(join(root, 'etc/moi-kiosk/config.json')).mode & 0o777).toBe(0o640);
  });

  it('then reloads systemd, masks Ctrl+Alt+Del and the tty1 getty, and enables the kiosk unit, in that order', () => {
    const systemctl = calls.filter((c) => c.startsWith('systemctl '));
    expect(systemctl).toEqual(['systemctl daemon-reload', 'systemctl mask ctrl-alt-del.target getty@tty1.service', 'systemctl set-default graphical.target', 'systemctl enable moi-kiosk.service']);
    const unitInstalled = calls.findIndex((c) => c.startsWith('install ') && c.includes('moi-kiosk.service'));
    expect(unitInstalled).toBeGreaterThanOrEqual(0);
    expect(unitInstalled).toBeLessThan(calls.indexOf('systemctl enable moi-kiosk.service'));
  });

  it('given an existing config, keeps it; given an AppImage, installs it where the updater may replace it', () => {
    const config = join(work, 'root', 'etc/moi-kiosk/config.json');
    writeFileSync(config, '{"kioskId":"DOHA-01"}');
    run('MOI Kiosk-0.1.0-x86_64.AppImage');
    expect(readFileSync(config, 'utf8')).toBe('{"kioskId":"DOHA-01"}');
    expect(existsSync(join(work, 'root', 'var/lib/moi-kiosk/app/moi-kiosk.AppImage'))).toBe(true);
    expect(lstatSync(join(work, 'root', 'usr/bin/moi-kiosk')).isSymbolicLink()).toBe(true);
    expect(readlinkSync(join(work, 'root', 'usr/bin/moi-kiosk'))).toBe('/var/lib/moi-kiosk/app/moi-kiosk.AppImage');
  });
});
