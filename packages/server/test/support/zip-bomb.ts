import zlib from 'node:zlib';

/** One file of a ZIP package: its name, its content, and optionally the size its headers should claim. */
export interface ZipEntry {
  name: string;
  data: Buffer;
  /** A lie about the uncompressed size, as a crafted bomb tells. */
  declaredSize?: number;
  /** Deflate level 1: builds a large honest-looking package fast (bombs want level 9). */
  fast?: boolean;
}

/** Writes a deflated ZIP package by hand, so tests can build bombs no honest library would write. */
export function zipOf(entries: ZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name);
    const compressed = zlib.deflateRawSync(entry.data, { level: entry.fast ? 1 : 9 });
    const crc = zlib.crc32(entry.data);
    const size = entry.declaredSize ?? entry.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, compressed);
    centrals.push(central, name);
    offset += local.length + name.length + compressed.length;
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

/** A .docx whose document.xml expands `megabytes` MB from a few hundred kilobytes. */
export function docxBomb(megabytes: number, declaredSize?: number): Buffer {
  const filler = Buffer.alloc(megabytes * 1024 * 1024, '<w:p><w:r><w:t>a</w:t></w:r></w:p>');
  return zipOf([
    { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
    { name: 'word/document.xml', data: filler, declaredSize },
  ]);
}
