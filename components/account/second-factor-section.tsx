import {
  confirmEnrolmentAction,
  disableSecondFactorAction,
  regenerateCodesAction,
  startEnrolmentAction,
} from '@/app/(account)/account/security/actions';
import { CardSection } from '@/components/ui/card';
import type { SecondFactorView } from '@/lib/dal/second-factor';
import { formatDate } from '@/lib/presentation/format';
import { CodeActionForm } from './code-action-form';
import { StartEnrolmentButton } from './start-enrolment-button';

const CURRENT_CODE_HINT = 'The 6-digit code your authenticator app shows now, or an unused recovery code.';

/** Second-factor enrolment, re-enrolment, recovery codes and turning it off (README, "Two-step sign-in"). */
export function SecondFactorSection({ view }: { view: SecondFactorView }) {
  return (
    <CardSection aria-labelledby="second-factor-heading" className="space-y-4">
      <h2 id="second-factor-heading" className="text-lg font-semibold">
        Two-step sign-in
      </h2>
      {view.enrolledAt ? (
        <p className="text-sm text-slate-700">
          <strong>Two-step sign-in is on</strong> since {formatDate(view.enrolledAt)}: signing in asks for a code from
          your authenticator app. {view.recoveryCodesLeft} recovery codes left.
        </p>
      ) : (
        <p className="text-sm text-slate-700">
          {view.required
            ? 'Your role must use two-step sign-in. Set it up to continue: '
            : 'Protect your account with a second step: '}
          after your password, Calfwatch will ask for a 6-digit code from an authenticator app on your phone.
        </p>
      )}
      {view.pending ? <PendingEnrolment pending={view.pending} replacing={Boolean(view.enrolledAt)} /> : null}
      {!view.pending && !view.enrolledAt ? <StartEnrolmentButton /> : null}
      {!view.pending && view.enrolledAt ? <EnrolledControls required={view.required} /> : null}
    </CardSection>
  );
}

function PendingEnrolment({
  pending,
  replacing,
}: {
  pending: NonNullable<SecondFactorView['pending']>;
  replacing: boolean;
}) {
  return (
    <div className="space-y-3 border-t border-slate-200 pt-3">
      <p className="text-sm text-slate-700">
        1. Scan this QR code with an authenticator app (for example Aegis, Google Authenticator or 1Password).
        {replacing ? ' Your current app keeps working until you confirm the new one.' : ''}
      </p>
      <div
        role="img"
        aria-label="QR code for your authenticator app"
        className="h-48 w-48 bg-white"
        // SVG text made by the qrcode library from our own otpauth URI; inline, so no image source is needed.
        dangerouslySetInnerHTML={{ __html: pending.qrSvg }}
      />
      <p className="text-sm text-slate-700">
        Or type this key into the app:{' '}
        <code data-testid="totp-secret" className="font-mono break-all">
          {pending.secret.match(/.{1,4}/g)?.join(' ')}
        </code>
      </p>
      <p className="text-sm text-slate-700">2. Enter the code the app shows to confirm.</p>
      <CodeActionForm
        id="code"
        label="Code from the app"
        hint="Six digits; a new one appears every 30 seconds."
        button="Turn on two-step sign-in"
        run={confirmEnrolmentAction}
      />
    </div>
  );
}

function EnrolledControls({ required }: { required: boolean }) {
  return (
    <div className="space-y-5 border-t border-slate-200 pt-3">
      <div className="space-y-2">
        <h3 className="font-medium">New recovery codes</h3>
        <p className="text-sm text-slate-700">Replaces all your recovery codes with ten new ones.</p>
        <CodeActionForm
          id="currentCode"
          label="Current code for new recovery codes"
          hint={CURRENT_CODE_HINT}
          button="Make new recovery codes"
          run={regenerateCodesAction}
        />
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Move to a new phone</h3>
        <CodeActionForm
          id="currentCode"
          label="Current code to set up a new app"
          hint={CURRENT_CODE_HINT}
          button="Set up a new authenticator app"
          run={startEnrolmentAction}
        />
      </div>
      <div className="space-y-2">
        <h3 className="font-medium">Turn off</h3>
        {required ? (
          <p className="text-sm text-slate-700">
            Your role must use two-step sign-in, so it cannot be turned off. If you lose your phone, sign in with a
            recovery code or ask an administrator to reset it.
          </p>
        ) : (
          <CodeActionForm
            id="currentCode"
            label="Current code to turn off"
            hint={CURRENT_CODE_HINT}
            button="Turn off two-step sign-in"
            danger
            run={disableSecondFactorAction}
          />
        )}
      </div>
    </div>
  );
}
