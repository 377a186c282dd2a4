import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Page not found</h1>
      <p className="mt-3 text-slate-600">There is nothing here, or you do not have access to it.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        Go to your home page
      </Link>
    </main>
  );
}
