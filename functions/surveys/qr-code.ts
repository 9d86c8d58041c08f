import QRCode from 'qrcode';

/**
 * A QR code of `url` as SVG markup, drawn by the `qrcode` library: medium error correction (it
 * still scans with a fold or a stain on a printed poster) and the quiet zone of four modules the
 * standard asks for. `label` names it for screen readers.
 */
export async function qrSvg(url: string, label: string): Promise<string> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
  const escaped = label.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
  return svg.replace('<svg ', `<svg class="qr" role="img" aria-label="${escaped}" `);
}
