// `npm run token -- --role mediator --department mediation [--organization <body>] [--region <code>]
// [--party <id> | --resident-id <ID>] [--sub <user>] [--ttl 8h]`: a development token that the default
// `npm start` trusts (never a production gateway). Staff without `--region` work in the demo county 桐庐县
// (330122), department staff without `--organization` at their department's main body there.
import { parseArgs } from "node:util";
import { ROLES, type Role } from "@onedoor/shared/auth/identity";
import { partyIdOf } from "@onedoor/shared/auth/party-id";
import { developmentToken, withDefaultJurisdiction } from "../auth/development-token.js";
import { isRegionCode } from "@onedoor/shared/auth/jurisdiction";

const { values } = parseArgs({
  options: {
    role: { type: "string", multiple: true },
    department: { type: "string" },
    organization: { type: "string" },
    region: { type: "string" },
    party: { type: "string" },
    // A resident's party id is derived from their ID number, as the center's identity provider does.
    "resident-id": { type: "string" },
    sub: { type: "string" },
    ttl: { type: "string", default: "8h" },
  },
});
const roles = values.role ?? [];
const unknown = roles.filter((r) => !(ROLES as readonly string[]).includes(r));
if (roles.length === 0 || unknown.length > 0 || (values.region !== undefined && !isRegionCode(values.region))) {
  console.error(
    `usage: npm run token -- --role <${ROLES.join("|")}> [--department <d>] [--organization <body>] [--region <6-digit code>] [--party <id> | --resident-id <ID>] [--sub <user>] [--ttl 8h]`,
  );
  process.exit(2);
}
console.log(
  await developmentToken(
    withDefaultJurisdiction({
      roles: roles as Role[],
      department: values.department,
      organization: values.organization,
      region: values.region,
      party: values.party ?? (values["resident-id"] ? partyIdOf({ residentId: values["resident-id"] }) : undefined),
      sub: values.sub,
      ttl: values.ttl,
    }),
  ),
);
