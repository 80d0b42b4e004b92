export interface QrSvgProps {
  /** SVG path of the dark modules (lean-qr's toSvgPath) and the code's width in modules. */
  path: string;
  modules: number;
  /** What the code encodes (kept on data-qr for tests and support). */
  text: string;
  label: string;
  size?: number;
}

const QUIET_ZONE = 4; // modules of white margin the standard asks for

/** Draws a QR code's modules as inline SVG; QrCode computes them with lean-qr. */
export function QrSvg({ path, modules, text, label, size = 160 }: QrSvgProps) {
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
