import { code128, drawingSVG, qrcode } from 'bwip-js/generic';

/** Code 128 takes printable ASCII; anything else goes into a QR code, which takes any text. */
export const fitsCode128 = (value: string) => /^[\x20-\x7e]{1,80}$/.test(value);

/** A Code 128 barcode as vector SVG (sharp on any printer), with the quiet zones scanners need. */
export function code128Svg(value: string): string {
  return code128({ bcid: 'code128', text: value, height: 12, scale: 2, paddingwidth: 10 }, drawingSVG());
}

/** A QR code as vector SVG (error correction M, BWIPP's default). */
export function qrSvg(value: string): string {
  return qrcode({ bcid: 'qrcode', text: value, scale: 2, paddingwidth: 4, paddingheight: 4 }, drawingSVG());
}
