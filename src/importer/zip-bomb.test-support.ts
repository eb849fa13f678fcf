import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/**
 * An XLSX "zip bomb" for the tests of issue 10, item 7: a real workbook (its content types, its
 * relationships, one worksheet) whose worksheet is `expandedBytes` of rows, deflated as it is
 * generated — 1 GiB packs into under 3 MB. Built once per machine (a few seconds) and kept in the
 * temporary folder.
 */
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const SMALL: [string, string][] = [
  [
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
  ],
  ["_rels/.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`],
  ["xl/workbook.xml", `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Roster" sheetId="1" r:id="rId1"/></sheets></workbook>`],
  ["xl/_rels/workbook.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`],
];

interface Packed {
  name: string;
  data: Buffer;
  crc: number;
  size: number;
}

async function packedSheet(expandedBytes: number): Promise<Packed> {
  const head = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>post_license</t></is></c></row>`);
  const tail = Buffer.from("</sheetData></worksheet>");
  const row = '<row><c t="inlineStr"><is><t>1</t></is></c></row>';
  const block = Buffer.from(row.repeat(Math.floor((1024 * 1024) / row.length)));
  const deflate = createDeflateRaw({ level: 9 });
  const out: Buffer[] = [];
  deflate.on("data", (c: Buffer) => out.push(c));
  const done = new Promise<void>((resolve, reject) => {
    deflate.on("end", resolve);
    deflate.on("error", reject);
  });
  let crc = 0;
  let size = 0;
  const write = async (b: Buffer) => {
    crc = crc32(b, crc);
    size += b.length;
    if (!deflate.write(b)) await new Promise((resolve) => deflate.once("drain", resolve));
  };
  await write(head);
  while (size + block.length + tail.length <= expandedBytes) await write(block);
  await write(tail);
  deflate.end();
  await done;
  return { name: "xl/worksheets/sheet1.xml", data: Buffer.concat(out), crc, size };
}

function zip(entries: Packed[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.crc >>> 0, 14);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.crc >>> 0, 16);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The bomb's path: an XLSX of a few MB whose worksheet unpacks to about `expandedBytes`. */
export async function zipBomb(expandedBytes = 1024 ** 3): Promise<string> {
  const path = join(tmpdir(), `sroc-zip-bomb-${expandedBytes}.xlsx`);
  if (existsSync(path)) return path;
  const small = SMALL.map(([name, text]): Packed => {
    const content = Buffer.from(text);
    return { name, data: deflateRawSync(content), crc: crc32(content), size: content.length };
  });
  const bytes = zip([...small, await packedSheet(expandedBytes)]);
  const partial = `${path}.${process.pid}.tmp`;
  writeFileSync(partial, bytes);
  renameSync(partial, path);
  return path;
}

export async function zipBombBytes(expandedBytes = 1024 ** 3): Promise<Buffer> {
  return readFileSync(await zipBomb(expandedBytes));
}

/** A small XLSX whose one worksheet is exactly `sheetXml` (for rows and cells written in unusual ways). */
export function workbookWithSheet(sheetXml: string): Buffer {
  const entries = [...SMALL, ["xl/worksheets/sheet1.xml", sheetXml] as [string, string]].map(([name, text]): Packed => {
    const content = Buffer.from(text);
    return { name, data: deflateRawSync(content), crc: crc32(content), size: content.length };
  });
  return zip(entries);
}
