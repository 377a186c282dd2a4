import fs from 'node:fs';
import path from 'node:path';
import { request, type FullConfig } from '@playwright/test';
import { DEMO_PASSWORD, PERSONAS, storageStateFor, type Persona } from './accounts';
import { signInViaApi } from './sign-in';

/** Signs each persona in once and saves the session for the suites to reuse. */
export default async function globalSetup(config: FullConfig): Promise<void> {
  const baseURL = config.projects[0]?.use.baseURL;
  for (const persona of Object.keys(PERSONAS) as Persona[]) {
    const context = await request.newContext({ baseURL });
    const location = await signInViaApi(context, PERSONAS[persona], DEMO_PASSWORD);
    if (location.includes('error=')) throw new Error(`global setup: ${persona} could not sign in (${location})`);
    const file = storageStateFor(persona);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    await context.storageState({ path: file });
    await context.dispose();
  }
}
