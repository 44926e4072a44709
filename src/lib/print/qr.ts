/** QR codes as SVG, made at build time (no network, no JavaScript in the page). */
import QRCode from 'qrcode';

/** One code per address per build: a lesson's handout, poster, slides and QR file share it. */
const made = new Map<string, Promise<string>>();

export function qrSvg(text: string): Promise<string> {
  let svg = made.get(text);
  if (!svg) {
    svg = QRCode.toString(text, {
      type: 'svg',
      errorCorrectionLevel: 'M',
      margin: 2,
      color: { dark: '#000000', light: '#ffffff' },
    });
    made.set(text, svg);
  }
  return svg;
}
