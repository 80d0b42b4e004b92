import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useMemo } from 'preact/hooks';
import { QrSvg } from './QrSvg';

export interface QrCodeProps {
  /** What the code encodes, e.g. https://karta.nso.ru */
  text: string;
  /** Accessible name, e.g. «QR-код сайта karta.nso.ru». */
  label: string;
  /** Rendered width and height in CSS pixels. */
  size?: number;
}

/** A QR code drawn locally as inline SVG (lean-qr); no image requests, scannable from the clerk's screen. */
export function QrCode({ text, label, size = 160 }: QrCodeProps) {
  const code = useMemo(() => {
    const qr = generate(text);
    return { path: toSvgPath(qr), modules: qr.size };
  }, [text]);
  return <QrSvg {...code} text={text} label={label} size={size} />;
}
