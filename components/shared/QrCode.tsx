import { generate } from 'lean-qr';
import { toSvgPath } from 'lean-qr/extras/svg';
import { useMemo } from 'preact/hooks';

export interface QrCodeProps {
  /** What the code encodes, e.g. https://karta.nso.ru */
  text: string;
  /** Accessible name, e.g. «QR-код сайта karta.nso.ru». */
  label: string;
  /** Rendered width and height in CSS pixels. */
  size?: number;
}

const QUIET_ZONE = 4; // modules of white margin the standard asks for

/** A QR code drawn locally as inline SVG (lean-qr); no image requests, scannable from the clerk's screen. */
export function QrCode({ text, label, size = 160 }: QrCodeProps) {
  const { path, modules } = useMemo(() => {
    const code = generate(text);
    return { path: toSvgPath(code), modules: code.size };
  }, [text]);
  const side = modules + 2 * QUIET_ZONE;
  return (
    <svg
      class="kn-qr"
      role="img"
      aria-label={label}
      data-qr={text}
      xmlns="http://www.w3.org/2000/svg"
      viewBox={`${-QUIET_ZONE} ${-QUIET_ZONE} ${side} ${side}`}
      width={size}
      height={size}
      shape-rendering="crispEdges"
    >
      <title>{label}</title>
      <rect x={-QUIET_ZONE} y={-QUIET_ZONE} width={side} height={side} fill="#ffffff" />
      <path d={path} fill="#000000" />
    </svg>
  );
}
