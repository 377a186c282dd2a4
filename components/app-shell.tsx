import Link from 'next/link';
import { navigationFor } from '@/lib/auth/navigation';
import { signOut } from '@/lib/auth/auth';
import type { Actor } from '@/lib/dal/actor';
import { Button } from '@/components/ui/button';

async function signOutAction() {
  'use server';
  await signOut({ redirectTo: '/login' });
}

/** Page frame: brand, the role's navigation, who is signed in, and sign-out. */
export function AppShell({
  actor,
  headerExtra,
  children,
}: {
  actor: Actor;
  /** Role-specific controls beside the account name (the clinician's notification bell). */
  headerExtra?: React.ReactNode;
  children: React.ReactNode;
}) {
  const links = navigationFor(actor.role);
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:rounded focus:bg-white focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            Calfwatch
          </Link>
          <nav aria-label="Main" className="order-3 w-full sm:order-none sm:w-auto">
            <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
              {links.map((link) => (
                <li key={link.href}>
                  <Link href={link.href} className="text-slate-700 hover:text-brand-700 hover:underline">
                    {link.label}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <div className="ml-auto flex items-center gap-3 text-sm">
            {headerExtra}
            <span className="hidden text-slate-600 sm:inline" data-testid="signed-in-as">
              {actor.name}
            </span>
            <Link href="/account/security" className="text-slate-700 hover:text-brand-700 hover:underline">
              Security
            </Link>
            <form action={signOutAction}>
              <Button type="submit" variant="secondary" size="sm">
                Sign out
              </Button>
            </form>
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
