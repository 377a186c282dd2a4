import { z } from 'zod';

// Runs in the browser before the app's own code. The Content-Security-Policy has no 'unsafe-eval'
// (README "Security", lib/api/security-headers.ts). zod compiles object parsers with `new Function`
// when it may, and probes for that when a schema is built; under the policy the probe is refused and
// reported as a violation. Switch the compiler off before the first schema (the client-side diary
// form's) is built; the server keeps it.
z.config({ jitless: true });
