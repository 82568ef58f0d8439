/**
 * A task definition with secret-looking environment values (unique markers) and a leak detector, shared by the
 * unit and LSP security tests.
 */
import { validTask } from './docs';

/** Unique markers: any of them appearing in an answer means a secret value leaked. */
export const SECRET_VALUES = {
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq3Xk9Lm2Q',
  AWS_ACCESS_KEY_ID: 'AKIAZ7QXW3RT5UV9LM2N',
  DB_PASSWORD: 'Pw-7f3c1e9a-unique-marker-Tz',
  API_KEY: 'ak_live_5b8e2d4f0a1c9e7b3d6f8a2c',
  STRIPE_SECRET: 'sk_live_9c2e4a6b8d0f1e3a5c7b9d1f',
  DATABASE_URL: 'postgres://app:Hx9-marker-pass@db.internal:5432/app',
};

export function secretTask(): Record<string, any> {
  const t = validTask();
  t.containerDefinitions[0].environment = [
    { name: 'LOG_LEVEL', value: 'info' },
    ...Object.entries(SECRET_VALUES).map(([name, value]) => ({ name, value })),
  ];
  // A second container with a secret in a dockerLabel and a command line, where people also paste them.
  t.containerDefinitions.push({
    name: 'worker', image: '123456789012.dkr.ecr.us-east-1.amazonaws.com/worker:2.0.1', essential: false,
    environment: [{ name: 'PASSWORD', value: SECRET_VALUES.DB_PASSWORD }],
    command: ['run', '--api-key', SECRET_VALUES.API_KEY],
  });
  return t;
}

/** Fragments of each secret (a leak of half a key is still a leak). */
function fragments(): string[] {
  const out: string[] = [];
  for (const v of Object.values(SECRET_VALUES)) {
    out.push(v);
    out.push(v.slice(0, Math.ceil(v.length / 2)), v.slice(Math.floor(v.length / 2)));
  }
  return out;
}

export function leaks(s: string): string[] {
  return fragments().filter((f) => s.includes(f));
}
