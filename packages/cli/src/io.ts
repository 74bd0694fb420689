import { readFile } from 'node:fs/promises';

/** Where the CLI reads and writes; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Uint8Array>;
  readFile: (path: string) => Promise<Uint8Array>;
}

export const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return new Uint8Array(Buffer.concat(chunks));
  },
  readFile: async (path) => new Uint8Array(await readFile(path)),
};

/** A problem the user can fix by changing the command line: exit code 2. */
export class UsageError extends Error {}

/** Reads a file argument, or standard input for `-`, with an error that names the file. */
export async function readInput(io: CliIo, path: string): Promise<Uint8Array> {
  if (path === '-') return io.readStdin();
  try {
    return await io.readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : String((error as Error).message);
    throw new UsageError(
      `Cannot read ${path}: ${why}. Give the path of an existing file, or - for standard input.`,
    );
  }
}

/**
 * Decodes an XML document's bytes as its declaration says (UTF-8 by default; UTF-16 by
 * byte-order mark; ISO-8859-1 and windows-1252 declared in the prolog), as the XML spec
 * asks. Unknown encodings are a usage error rather than a silent misreading.
 */
export function decodeXml(bytes: Uint8Array): string {
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared =
    /^(?:\uFEFF|\u00EF\u00BB\u00BF)?<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(
      head,
    )?.[1];
  const encoding = (declared ?? 'utf-8').toLowerCase();
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch (error) {
    if (error instanceof RangeError) {
      throw new UsageError(
        `The XML declares encoding "${declared}", which this tool cannot read. Convert the file to UTF-8.`,
      );
    }
    throw new UsageError(
      `The file is not valid ${encoding.toUpperCase()} text. Check its encoding declaration, or convert it to UTF-8.`,
    );
  }
}
