import type { NextConfig } from 'next';
import { FIXED_SECURITY_HEADERS } from './lib/api/security-headers';

const nextConfig: NextConfig = {
  // PGlite ships wasm and pdfkit reads its font files from disk: load both from node_modules.
  serverExternalPackages: ['@electric-sql/pglite', 'pdfkit', '@node-rs/argon2', 'pg-boss', 'nodemailer', 'web-push'],
  experimental: { authInterrupts: true },
  poweredByHeader: false,
  // On every file, static ones included; proxy.ts adds the per-response ones (CSP with its nonce,
  // HSTS on HTTPS, no-store) to pages and API answers: lib/api/security-headers.ts.
  async headers() {
    return [{ source: '/:path*', headers: [...FIXED_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
