import { useEffect, useState } from "react";

/**
 * The otpauth address as a QR code for an authenticator app's camera, drawn in the browser as an SVG
 * image (the `qrcode` package is loaded only when a set-up starts, so no page's first load carries
 * it). The secret is also written out beside it for typing in, and the image says what it is.
 */
export function QrCode({ uri }: { uri: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let live = true;
    setSvg(null);
    import("qrcode")
      .then((qrcode) => qrcode.toString(uri, { type: "svg", errorCorrectionLevel: "M", margin: 4 }))
      .then((drawn) => {
        if (live) setSvg(drawn);
      })
      .catch(() => {
        if (live) setFailed(true);
      });
    return () => {
      live = false;
    };
  }, [uri]);
  if (failed) return <p>The QR code could not be drawn: type the secret key below into your app instead.</p>;
  if (svg === null) return <p className="loading">Drawing the QR code…</p>;
  return (
    <img
      className="qr-code"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt="QR code to scan with your authenticator app. It holds the same secret key that is written out as text below."
      width={220}
      height={220}
    />
  );
}
