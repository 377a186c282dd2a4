import type { Metadata, Viewport } from 'next';
import { connection } from 'next/server';
import './globals.css';

export const metadata: Metadata = {
  title: { default: 'Calfwatch', template: '%s · Calfwatch' },
  description: 'A nightly diary of calf pain while sleeping, reviewed by your care team.',
};

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Render every page per request: Next adds the request's CSP nonce (proxy.ts) to its
  // scripts only while rendering, so a page prerendered at build time would be blocked.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen">{children}</body>
    </html>
  );
}
