import type { FastifyRequest } from "fastify";
import { ClientError, invalidField } from "../services/errors.ts";

/**
 * Reads a multipart/form-data upload: the named text fields and one file sent as `file`. Any other
 * field is refused by name (issue 4: unknown fields rejected), and a file over `limitBytes` is a 413
 * at /file. Used by every upload route (certificates, imports).
 */
export interface Upload<F extends string> {
  fields: Partial<Record<F, string>>;
  file: { fileName: string; content: Buffer } | undefined;
}

export async function readUpload<F extends string>(request: FastifyRequest, fieldNames: readonly F[], limitBytes: number): Promise<Upload<F>> {
  const fields: Partial<Record<F, string>> = {};
  let file: Upload<F>["file"];
  const known = (name: string): name is F => (fieldNames as readonly string[]).includes(name);
  const expected = [...fieldNames, "file"].join(", ");
  try {
    for await (const part of request.parts({ limits: { fileSize: limitBytes, files: 1 } })) {
      if (part.type === "file") {
        if (part.fieldname !== "file") throw invalidField(`/${part.fieldname}`, `is not a field of this upload (${expected}): send the file as \`file\``);
        file = { fileName: part.filename, content: await part.toBuffer() };
      } else if (known(part.fieldname)) fields[part.fieldname] = String(part.value);
      else throw invalidField(`/${part.fieldname}`, `is not a field of this upload (${expected})`);
    }
  } catch (e) {
    if ((e as { code?: unknown }).code === "FST_REQ_FILE_TOO_LARGE") throw new ClientError("PAYLOAD_TOO_LARGE", "/file", `is larger than ${limitBytes / 1024 / 1024} MB: split it or make it smaller`);
    throw e;
  }
  return { fields, file };
}
