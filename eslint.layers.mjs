/**
 * The layers named in ARCHITECTURE.md, lowest first, as file globs. The lint
 * rule in eslint.config.mjs turns them into zones: files of a layer may not
 * import from any layer above theirs. Tests are exempt (they may reach for
 * fixtures anywhere).
 */
export const LAYERS = {
  /** Pure code with no I/O: codes, rules, validation, presentation, read models, the table declarations. */
  core: [
    'lib/errors.{ts,tsx}',
    'lib/env.{ts,tsx}',
    'lib/diary/codes.{ts,tsx}',
    'lib/diary/types.{ts,tsx}',
    'lib/diary/empty.{ts,tsx}',
    'lib/diary/mapping.{ts,tsx}',
    'lib/rules/**',
    'lib/insights/**',
    'lib/validation/**',
    'lib/presentation/**',
    'lib/views/**',
    'lib/auth/permissions.{ts,tsx}',
    'lib/auth/navigation.{ts,tsx}',
    'lib/auth/second-factor-policy.{ts,tsx}',
    'lib/auth/session-lifetime.{ts,tsx}',
    'lib/auth/client-address.{ts,tsx}',
    'lib/notify/delivery-codes.{ts,tsx}',
    'db/schema/**',
  ],
  /** The API contract document, built from core's schemas only. */
  contract: ['lib/openapi/**'],
  /** Unchecked building blocks the data layer composes: transactions, hashing, file formats, the connection. */
  services: [
    'db/*.ts',
    'lib/flags/**',
    'lib/summaries/**',
    'lib/diary/save-entry.{ts,tsx}',
    'lib/profile/**',
    'lib/accounts/**',
    'lib/export/**',
    'lib/auth/password.{ts,tsx}',
    'lib/auth/secret-box.{ts,tsx}',
    'lib/auth/totp.{ts,tsx}',
    'lib/auth/totp-qr.{ts,tsx}',
    'lib/auth/recovery-codes.{ts,tsx}',
  ],
  /**
   * Work that follows a write, beside the services: the pg-boss queue and its handlers (alerts,
   * escalation, reminders, deliveries). Services enqueue into it inside their transactions, and it
   * uses services (the connection, summaries); it never reaches up to the data layer or a request.
   * `!(delivery-codes)`: that one file of lib/notify is pure code lists, in core.
   */
  jobs: ['lib/jobs/**', 'lib/notify/!(delivery-codes).{ts,tsx}'],
  /** Authorization and every read and write: the only way in from a request. */
  dal: [
    'lib/dal/**',
    'lib/auth/auth.{ts,tsx}',
    'lib/auth/auth.config.{ts,tsx}',
    'lib/auth/session-cookie.{ts,tsx}',
    'lib/auth/request-ip.{ts,tsx}',
  ],
  /** Request plumbing shared by route handlers and server actions. */
  adapters: ['lib/api/**', 'lib/actions/**'],
  /** Pages, layouts, route handlers, server actions and components. */
  ui: ['app/**', 'components/**', 'proxy.{ts,tsx}', 'instrumentation.{ts,tsx}', 'instrumentation-client.{ts,tsx}'],
  /** Command-line tools, the server entry, benchmarks, demo data and test support: may use any layer but the UI. */
  tools: ['lib/cli/**', 'lib/bench/**', 'lib/demo/**', 'lib/testing/**', 'lib/server/**'],
};

/** What each layer may not import. */
const FORBIDDEN = {
  core: ['contract', 'services', 'jobs', 'dal', 'adapters', 'ui', 'tools'],
  contract: ['services', 'jobs', 'dal', 'adapters', 'ui', 'tools'],
  services: ['contract', 'dal', 'adapters', 'ui', 'tools'],
  jobs: ['contract', 'dal', 'adapters', 'ui', 'tools'],
  dal: ['contract', 'adapters', 'ui', 'tools'],
  adapters: ['ui', 'tools'],
  ui: ['tools'],
  tools: ['ui'],
};

/** Single files are written as `name.{ts,tsx}` because the rule wants every path of a zone to be a glob. */
export const layerZones = Object.entries(FORBIDDEN).flatMap(([layer, above]) =>
  above.map((other) => ({
    target: LAYERS[layer],
    from: LAYERS[other],
    message: `The ${layer} layer may not import the ${other} layer (see ARCHITECTURE.md).`,
  })),
);
