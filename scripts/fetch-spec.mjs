// Fetches the official Platform spec from its pinned source and keeps it only when its sha256 is the pinned
// one: `node scripts/fetch-spec.mjs URL SHA256 DEST`. A file:// URL is read from disk (for tests).
// Exit 0: DEST holds the checked spec. Exit 1: it could not be fetched. Exit 2: the checksum is wrong.
import { createHash } from "node:crypto";
import { readFileSync, renameSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const [url, want, dest] = process.argv.slice(2);
if (!url || !want || !dest) {
  console.error("usage: node scripts/fetch-spec.mjs URL SHA256 DEST");
  process.exit(1);
}
let body;
try {
  if (url.startsWith("file://")) {
    body = readFileSync(fileURLToPath(url));
  } else {
    const res = await fetch(url, { signal: AbortSignal.timeout(20000) });
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    body = Buffer.from(await res.arrayBuffer());
  }
} catch (e) {
  console.error(`fetch-spec: cannot fetch ${url}: ${e.cause?.message ?? e.message}`);
  process.exit(1);
}
const got = createHash("sha256").update(body).digest("hex");
if (got !== want) {
  console.error(`fetch-spec: ${url} has sha256 ${got}, not the pinned ${want}; not used`);
  process.exit(2);
}
mkdirSync(dirname(dest), { recursive: true });
writeFileSync(`${dest}.tmp`, body);
renameSync(`${dest}.tmp`, dest);
