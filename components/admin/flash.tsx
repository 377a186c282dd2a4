/** A short confirmation after an action, announced to screen readers. */
export function Flash({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="status"
      data-testid="flash"
      className="rounded-md border border-brand-100 bg-brand-50 px-3 py-2 text-sm text-brand-800"
    >
      {children}
    </p>
  );
}

/** An error a form or action could not get past. */
export function ErrorNote({ children }: { children: React.ReactNode }) {
  return (
    <p
      role="alert"
      data-testid="form-error"
      className="rounded-md border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800"
    >
      {children}
    </p>
  );
}
