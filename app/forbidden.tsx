import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto max-w-lg px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Not available to your account</h1>
      <p className="mt-3 text-slate-600">This page belongs to a different kind of account.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-brand-700 underline">
        Go to your home page
      </Link>
    </main>
  );
}
