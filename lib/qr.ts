// QR codes drawn on the server (qrcode, MIT): SVG for pages and downloads, PNG for downloads.
// A link too long for a QR code gives undefined, never an exception: pages say so plainly.
import QRCode from 'qrcode';

const OPTIONS = { errorCorrectionLevel: 'M', margin: 1, color: { dark: '#000000', light: '#ffffff' } } as const;

/**
 * The longest link we draw. A QR code can hold ~2,300 bytes, but past ~300 characters it has
 * so many modules that a phone cannot read it at handout size (about 4 cm): say so instead.
 */
export const QR_MAX_CHARS = 300;

export async function qrSvg(text: string): Promise<string | undefined> {
  if (text.length > QR_MAX_CHARS) return undefined;
  try {
    return await QRCode.toString(text, { ...OPTIONS, type: 'svg' });
  } catch {
    return undefined;
  }
}

export async function qrPng(text: string): Promise<Buffer | undefined> {
  if (text.length > QR_MAX_CHARS) return undefined;
  try {
    return await QRCode.toBuffer(text, { ...OPTIONS, type: 'png', width: 600 });
  } catch {
    return undefined;
  }
}
