// `npm run token -- --role mediator --department mediation [--party <id> | --resident-id <ID>] [--sub <user>] [--ttl 8h]`:
// a development token that the default `npm start` trusts (never a production gateway).
import { parseArgs } from "node:util";
import { ROLES, type Role } from "@onedoor/shared/auth/identity";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { developmentToken } from "../auth/development-token.js";

const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true },
    department: { type: "string" },
    party: { type: "string" },
    // A resident's party id is derived from their ID number, as the center's identity provider does.
    "resident-id": { type: "string" },
    sub: { type: "string" },
    ttl: { type: "string", default: "8h" },
  },
});
const roles = values.role ?? [];
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (roles.length === 0 || unknown.length > 0) {
  console.error(
    `usage: npm run token -- --role <${ROLES.join("|")}> [--department <d>] [--party <id> | --resident-id <ID>] [--sub <user>] [--ttl 8h]`,
  );
  process.exit(2);
}
console.log(
  await developmentToken({
    roles: roles as Role[],
    department: values.department,
    party: values.party ?? (values["resident-id"] ? partyIdOf({ residentId: values["resident-id"] }) : undefined),
    sub: values.sub,
    ttl: values.ttl,
  }),
);
