// Writes a stricter copy of the official Platform spec for Prism: every plain object schema gets
// `additionalProperties: false`, so a misspelt or invented field in a request or response is a
// violation instead of passing silently (the spec marks almost no field as required).
// Schemas that take part in allOf/oneOf/anyOf or carry a discriminator are left as they are,
// because closing them would reject the fields their siblings add.
//
// usage: node scripts/strict-spec.mjs IN.yml OUT.json
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(new URL("../test-servers/package.json", import.meta.url));
const yaml = require("js-yaml");

const [input, output] = process.argv.slice(2);
if (!input || !output) {
  console.error("usage: node scripts/strict-spec.mjs IN.yml OUT.json");
  process.exit(2);
}
const spec = yaml.load(readFileSync(input, "utf8"));
const schemas = spec.components.schemas;

const composed = new Set();
(function walk(node) {
  if (Array.isArray(node)) return node.forEach(walk);
  if (!node || typeof node !== "object") return;
  for (const key of ["allOf", "oneOf", "anyOf"]) {
    for (const part of node[key] ?? []) {
      if (part.$ref) composed.add(part.$ref.split("/").pop());
    }
  }
  Object.values(node).forEach(walk);
})(spec);

let closed = 0;
for (const [name, schema] of Object.entries(schemas)) {
  const plain = schema.type === "object" && schema.properties && !schema.allOf && !schema.oneOf && !schema.anyOf;
  if (plain && !schema.discriminator && !composed.has(name) && schema.additionalProperties === undefined) {
    schema.additionalProperties = false;
    closed += 1;
  }
}
// A oneOf with a discriminator means "the branch the discriminator names". Prism validates it as plain
// JSON Schema, where permissive branches (AwsSecurityKeys and SeqeraComputeSecurityKeys have the very same
// fields) all match and "exactly one" fails for every valid body. Pin each mapped branch's discriminator
// property to its mapping value, which is what the discriminator says.
let pinned = 0;
for (const schema of Object.values(schemas)) {
  const d = schema.discriminator;
  if (!d?.mapping || !schema.oneOf) continue;
  for (const [value, ref] of Object.entries(d.mapping)) {
    const target = schemas[ref.split("/").pop()];
    if (!target?.properties) continue;
    target.properties[d.propertyName] = { type: "string", enum: [value] };
    pinned += 1;
  }
}

writeFileSync(output, JSON.stringify(spec));
console.error(`strict-spec: closed ${closed} of ${Object.keys(schemas).length} schemas, pinned ${pinned} discriminator branches -> ${output}`);
