import { describe, expect, it } from "vitest";
import { mediaTypeOf } from "../services/certificates.ts";
import { certificatePdf } from "./pdf.ts";

describe("the demo certificate PDF", () => {
  const pdf = certificatePdf("Certificate of Completion", ["This certifies (and so on) that A \\ B", "DEMO DATA", "Résumé"]);
  const text = new TextDecoder().decode(pdf);

  it("is a PDF by its content, as the certificate upload checks it", async () => {
    expect(text.startsWith("%PDF-1.4\n")).toBe(true);
    expect(await mediaTypeOf(pdf)).toBe("application/pdf");
  });

  it("has a cross-reference table that points at its objects, and escapes its text", () => {
    const xref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(xref, xref + 4)).toBe("xref");
    const offsets = [...text.slice(xref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets).toHaveLength(5);
    offsets.forEach((offset, i) => {
      expect(text.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`);
    });
    const length = Number(/\/Length (\d+) >>\nstream\n/.exec(text)?.[1]);
    const start = text.indexOf("stream\n") + "stream\n".length;
    expect(text.slice(start + length, start + length + 10)).toBe("\nendstream");
    expect(text).toContain("(This certifies \\(and so on\\) that A \\\\ B) Tj");
    expect(text).toContain("(R?sum?) Tj");
  });
});
