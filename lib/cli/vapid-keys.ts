import fs from 'node:fs';
import path from 'node:path';
import { generateVapidKeys } from '../notify/push';

/**
 * The embedded setup's VAPID keys for web push: from VAPID_PUBLIC_KEY /
 * VAPID_PRIVATE_KEY when set, else created once under .data/vapid.json
 * (owner-only) and reused, like the auth secret.
 */
export function loadOrCreateVapidKeys(dataRoot = '.data'): { publicKey: string; privateKey: string } {
  if (process.env.VAPID_PUBLIC_KEY && process.env.VAPID_PRIVATE_KEY) {
    return { publicKey: process.env.VAPID_PUBLIC_KEY, privateKey: process.env.VAPID_PRIVATE_KEY };
  }
  const file = path.join(dataRoot, 'vapid.json');
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as { publicKey: string; privateKey: string };
  fs.mkdirSync(dataRoot, { recursive: true });
  const keys = generateVapidKeys();
  fs.writeFileSync(file, `${JSON.stringify(keys)}\n`, { mode: 0o600 });
  return keys;
}
