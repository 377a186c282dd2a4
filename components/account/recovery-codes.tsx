/** Recovery codes, shown once after they are made; only their hashes are kept. */
export function RecoveryCodes({ codes }: { codes: string[] }) {
  return (
    <div className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3" data-testid="recovery-codes">
      <p className="text-sm font-medium text-amber-900">
        Save these recovery codes now — they will not be shown again. Each one signs you in once if you lose your phone.
      </p>
      <ul className="grid grid-cols-2 gap-1 font-mono text-sm" aria-label="Recovery codes">
        {codes.map((code) => (
          <li key={code}>{code}</li>
        ))}
      </ul>
    </div>
  );
}
