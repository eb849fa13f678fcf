/**
 * A tiny, valid PDF certificate made in code: one US-letter landscape page with a few lines of
 * Helvetica text, a correct cross-reference table, and "%PDF-1.4" as its first bytes (what
 * `file-type`, and so the certificate upload, recognises as application/pdf). The text is clearly
 * marked as demo data; only printable ASCII is written (the standard font's encoding).
 */
function pdfText(s: string): string {
  return s.replace(/[^\x20-\x7e]/g, "?").replace(/[\\()]/g, (c) => `\\${c}`);
}

export function certificatePdf(title: string, lines: readonly string[]): Uint8Array {
  const content = [
    "BT",
    "/F1 22 Tf",
    "72 520 Td",
    `(${pdfText(title)}) Tj`,
    "/F1 12 Tf",
    ...lines.flatMap((line) => ["0 -24 Td", `(${pdfText(line)}) Tj`]),
    "ET",
  ].join("\n");
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 792 612] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, "0")} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Only ASCII was written, so string length = byte length and the offsets above are byte offsets.
  return new TextEncoder().encode(out);
}
