// A throwaway certificate authority for the simulator's HTTPS, made with the openssl CLI: a CA
// certificate the kiosk pins (config `central.caFile`) and a server certificate for 127.0.0.1
// and localhost signed by it. Made once per folder and reused; the keys stay in that folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TestCa {
  /** PEM of the CA certificate: what the kiosk trusts for the central, and nothing else. */
  readonly caPem: string;
  readonly caFile: string;
  readonly certPem: string;
  readonly keyPem: string;
}

const openssl = (folder: string, args: string[]) => execFileSync('openssl', args, { cwd: folder, stdio: ['ignore', 'ignore', 'pipe'] });

/** Returns the CA in `folder`, creating it (and the server certificate) when absent. */
export function ensureTestCa(folder: string, name = 'MOI Kiosk Test CA'): TestCa {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const files = { caFile: join(folder, 'ca.pem'), cert: join(folder, 'server.pem'), key: join(folder, 'server.key') };
  if (!existsSync(files.caFile) || !existsSync(files.cert) || !existsSync(files.key)) {
    const ec = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'];
    openssl(folder, ['req', '-x509', ...ec, '-keyout', 'ca.key', '-out', 'ca.pem', '-days', '3650', '-subj', `/CN=${name}`,
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign']);
    openssl(folder, ['req', '-new', ...ec, '-keyout', 'server.key', '-out', 'server.csr', '-subj', '/CN=127.0.0.1']);
    writeFileSync(join(folder, 'server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n');
    openssl(folder, ['x509', '-req', '-in', 'server.csr', '-CA', 'ca.pem', '-CAkey', 'ca.key', '-CAcreateserial', '-out', 'server.pem', '-days', '825', '-extfile', 'server.ext']);
  }
  return { caPem: readFileSync(files.caFile, 'utf8'), caFile: files.caFile, certPem: readFileSync(files.cert, 'utf8'), keyPem: readFileSync(files.key, 'utf8') };
}
