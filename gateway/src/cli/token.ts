// `npm run token -- --role mediator --department mediation [--party <id>] [--sub <user>] [--ttl 8h]`:
// a development token that the default `npm start` trusts (never a production gateway).
import { parseArgs } from "node:util";
import { ROLES, type Role } from "@onedoor/shared/auth/identity";
import { developmentToken } from "../auth/development-token.js";

const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true },
    department: { type: "string" },
    party: { type: "string" },
    sub: { type: "string" },
    ttl: { type: "string", default: "8h" },
  },
});
const roles = values.role ?? [];
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (roles.length === 0 || unknown.length > 0) {
  console.error(`usage: npm run token -- --role <${ROLES.join("|")}> [--department <d>] [--party <id>] [--sub <user>] [--ttl 8h]`);
  process.exit(2);
}
console.log(await developmentToken({ roles: roles as Role[], department: values.department, party: values.party, sub: values.sub, ttl: values.ttl }));
