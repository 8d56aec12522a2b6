import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { APP_HOSTS } from '../src/core/engine/apps';

/** The status sources' hosts and every app host the banner runs on (core/engine/apps.ts). */
export const MAPPED_HOSTS = [
  'azure.status.microsoft',
  'rssfeed.azure.status.microsoft',
  'status.cloud.microsoft',
  ...Object.keys(APP_HOSTS),
];

/** A throw-away self-signed certificate for the mapped Microsoft host names, made with openssl at test time. */
export function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'msl-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '2',
        '-subj',
        '/CN=ms-status-lens test',
        '-addext',
        `subjectAltName=${MAPPED_HOSTS.map((h) => `DNS:${h}`).join(',')}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
