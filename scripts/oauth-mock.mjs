// Starts oauth2-mock-server (a real OAuth 2 / OIDC server with PKCE) on 127.0.0.1 and prints its issuer
// URL as the first line of stdout. It exits when its stdin closes, so a test run that dies cannot leave it
// behind. usage: node scripts/oauth-mock.mjs [PORT]
import { createRequire } from "node:module";

const require = createRequire(new URL("../test-servers/package.json", import.meta.url));
const { OAuth2Server } = await import(require.resolve("oauth2-mock-server"));

const server = new OAuth2Server();
await server.issuer.keys.generate("RS256");
await server.start(Number(process.argv[2] ?? 0), "127.0.0.1");
// Loopback by address: "localhost" may resolve to ::1, where nothing listens.
server.issuer.url = `http://127.0.0.1:${server.address().port}`;
console.log(server.issuer.url);
process.stdin.on("end", () => process.exit(0));
process.stdin.resume();
