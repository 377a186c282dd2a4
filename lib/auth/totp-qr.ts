import QRCode from 'qrcode';

/**
 * The enrolment QR code as an SVG document. Pages place it inline, so the
 * Content-Security-Policy needs neither `data:` images nor scripts for it.
 */
export function totpQrSvg(uri: string): Promise<string> {
  return QRCode.toString(uri, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 });
}
