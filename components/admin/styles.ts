/** Class names shared by the admin screens, so every form looks alike (buttons: components/ui/button.tsx). */
export const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm shadow-sm focus:border-brand-600';
export const labelClass = 'block text-sm font-medium text-slate-800';
export const hintClass = 'mt-1 text-xs text-slate-600';
export const fieldErrorClass = 'mt-1 text-sm text-red-700';
export const linkClass = 'font-medium text-brand-700 underline-offset-2 hover:underline';
export const cardClass = 'rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5';
export const tableWrapClass = 'overflow-x-auto rounded-lg border border-slate-200 bg-white shadow-sm';
export const tableClass = 'min-w-full divide-y divide-slate-200 text-sm';
export const thClass = 'px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600';
export const tdClass = 'px-3 py-2 align-top';
